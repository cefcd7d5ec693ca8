// Package beego is a stub of github.com/astaxie/beego v1.12.3.
package beego

import (
	"net/http"

	"github.com/astaxie/beego/context"
	"github.com/astaxie/beego/session"
)

type Config struct {
	AppName   string
	Listen    Listen
	WebConfig WebConfig
}

type Listen struct {
	EnableHTTP  bool
	EnableHTTPS bool
}

type WebConfig struct {
	AutoRender bool
	Session    SessionConfig
}

type SessionConfig struct {
	SessionOn              bool
	SessionProvider        string
	SessionName            string
	SessionDisableHTTPOnly bool
	SessionDomain          string
	SessionCookieSameSite  http.SameSite

	SessionEnableSidInURLQuery bool
}

var BConfig *Config

func Run(params ...string) {}

var GlobalSessions *session.Manager

type ControllerInterface interface{}

type App struct{}

func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *App { return nil }

type Controller struct {
	Ctx        *context.Context
	Data       map[interface{}]interface{}
	CruSession session.Store
}

func (c *Controller) GetString(key string, def ...string) string                        { return "" }
func (c *Controller) ParseForm(obj interface{}) error                                   { return nil }
func (c *Controller) GetSecureCookie(Secret, key string) (string, bool)                 { return "", false }
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}

func (c *Controller) Redirect(url string, code int) {}

func (c *Controller) Abort(code string) {}
func (c *Controller) StopRun()          { panic("stop") }
func (c *Controller) ServeJSON()        {}

func (c *Controller) StartSession() session.Store { return c.CruSession }

func (c *Controller) SetSession(name interface{}, value interface{}) {}

func (c *Controller) GetSession(name interface{}) interface{} { return nil }

func (c *Controller) DelSession(name interface{}) {}

func (c *Controller) SessionRegenerateID() {}

func (c *Controller) DestroySession() {}
