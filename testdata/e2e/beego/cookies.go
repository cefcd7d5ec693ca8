package beego

import "github.com/beego/beego/v2/server/web"

// RememberController sets beego cookies through the context and the
// controller: the attributes are the trailing arguments (maxAge, path,
// domain, secure, httpOnly, sameSite).
type RememberController struct {
	web.Controller
}

// Post keeps a signed member ID in a remember-me cookie with no flag.
func (c *RememberController) Post() {
	c.SetSecureCookie("app-secret", "login", c.GetString("member"), 30*86400) // e2e: cookieflags
}

// Put is the hardened twin.
func (c *RememberController) Put() {
	c.SetSecureCookie("app-secret", "login", c.GetString("member"), 30*86400, "/", "", true, true, "Lax") // e2e: clean
}

// Delete expires the cookie: nothing to report.
func (c *RememberController) Delete() {
	c.Ctx.SetCookie("login", "", -1, "/") // e2e: clean
}
