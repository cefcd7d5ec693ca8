// Package adapter is a stub of github.com/beego/beego/v2/adapter v2.0.2:
// v1's API over v2 (removed in v2.1).
package adapter

import (
	"github.com/beego/beego/v2/adapter/session"
	"github.com/beego/beego/v2/server/web"
)

type Controller web.Controller

func (c *Controller) GetString(key string, def ...string) string     { return "" }
func (c *Controller) ParseForm(obj interface{}) error                { return nil }
func (c *Controller) Abort(code string)                              {}
func (c *Controller) StartSession() session.Store                    { return nil }
func (c *Controller) SetSession(name interface{}, value interface{}) {}
func (c *Controller) GetSession(name interface{}) interface{}        { return nil }
func (c *Controller) DelSession(name interface{})                    {}
func (c *Controller) SessionRegenerateID()                           {}
func (c *Controller) DestroySession()                                {}
func (c *Controller) Redirect(url string, code int)                  {}

func Router(rootpath string, c interface{}, mappingMethods ...string) {}

func Run(params ...string) {}
