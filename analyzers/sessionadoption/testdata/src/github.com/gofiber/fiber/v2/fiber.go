// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.15.
package fiber

type Ctx struct{}

type Cookie struct {
	Name     string
	Value    string
	Path     string
	Secure   bool
	HTTPOnly bool
	SameSite string
}

func (c *Ctx) Cookie(cookie *Cookie)                             {}
func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string   { return "" }
func (c *Ctx) Redirect(location string, status ...int) error     { return nil }
