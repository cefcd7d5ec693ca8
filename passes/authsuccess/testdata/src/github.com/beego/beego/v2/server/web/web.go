// Package web is a stub of github.com/beego/beego/v2/server/web (v2.3.10).
package web

type Controller struct{ Data map[any]any }

func (c *Controller) GetString(key string, def ...string) string { return "" }
func (c *Controller) SetSession(name any, value any) error       { return nil }
func (c *Controller) Redirect(url string, code int)              {}
