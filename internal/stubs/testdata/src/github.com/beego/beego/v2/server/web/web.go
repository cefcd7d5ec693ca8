// Package web is a stub of github.com/beego/beego/v2/server/web v2.3.10.
package web

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/context"
	"github.com/beego/beego/v2/server/web/session"
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

func LoadAppConfig(adapterName, configPath string) error { return nil }

var GlobalSessions *session.Manager

type ControllerInterface interface{}

type HttpServer struct{}

func Router(rootpath string, c ControllerInterface, mappingMethods ...string) *HttpServer { return nil }

type Controller struct {
	Ctx        *context.Context
	Data       map[interface{}]interface{}
	CruSession session.Store
}

func (c *Controller) GetString(key string, def ...string) string                        { return "" }
func (c *Controller) GetSecureCookie(secret, key string) (string, bool)                 { return "", false }
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {}

func (c *Controller) Redirect(url string, code int) {}

func (c *Controller) Abort(code string) {}

func (c *Controller) StartSession() session.Store { return c.CruSession }

func (c *Controller) SetSession(name interface{}, value interface{}) error { return nil }

func (c *Controller) GetSession(name interface{}) interface{} { return nil }

func (c *Controller) DelSession(name interface{}) error { return nil }

func (c *Controller) SessionRegenerateID() error { return nil }

func (c *Controller) DestroySession() error { return nil }
