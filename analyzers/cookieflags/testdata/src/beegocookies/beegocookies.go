// Package beegocookies sets cookies through beego's context API, whose
// attributes are the elements of others ...interface{}: maxAge, path,
// domain, secure, httpOnly, sameSite.
package beegocookies

import "github.com/beego/beego/v2/server/web"

type Controller struct {
	web.Controller
}

func (c *Controller) Impersonate(user string) {
	c.Ctx.SetCookie("impersonateUser", user, 0, "/") // want `cookie "impersonateUser" is sent without HttpOnly, Secure and SameSite; pass them after the value, in the order maxAge, path, domain, secure, httpOnly, sameSite`
}

func (c *Controller) Remember(id string) {
	c.SetSecureCookie("secret", "login", id, 3600) // want `cookie "login" is sent without HttpOnly, Secure and SameSite`
}

// The clean twins: every attribute given, a deletion, an empty value.
func (c *Controller) Hardened(id string) {
	c.Ctx.SetCookie("sid", id, 3600, "/", "", true, true, "Lax")
	c.SetSecureCookie("secret", "login", id, 3600, "/", "", true, true, "Strict")
}

func (c *Controller) Logout() {
	c.Ctx.SetCookie("impersonateUser", "", -1, "/")
	c.Ctx.Output.Cookie("login", "", 0)
}

// others... : the attributes cannot be known.
func (c *Controller) Spread(id string, others ...interface{}) {
	c.Ctx.SetCookie("sid", id, others...)
}
