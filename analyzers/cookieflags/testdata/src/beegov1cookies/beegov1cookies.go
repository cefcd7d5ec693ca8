// Package beegov1cookies configures beego v1's session cookie and sets
// cookies through its context API. BConfig is global: the settings of the
// whole package count together, so the hardened twin of main is in the
// package beegov1hardened.
package beegov1cookies

import (
	"net/http"

	"github.com/astaxie/beego"
	"github.com/astaxie/beego/session"
)

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true // want `session cookie of beego.BConfig.WebConfig.Session is sent without Secure and SameSite; set beego.BConfig.Listen.EnableHTTPS = true and beego.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode`
	beego.BConfig.WebConfig.Session.SessionName = "sid"
}

func manager() {
	m, _ := session.NewManager("memory", &session.ManagerConfig{CookieName: "sid", EnableSetCookie: true}) // want `session cookie of session.NewManager is sent without Secure and SameSite; set Secure: true and CookieSameSite: http.SameSiteLaxMode`
	_ = m
	h, _ := session.NewManager("memory", &session.ManagerConfig{CookieName: "sid", Secure: true, CookieSameSite: http.SameSiteLaxMode})
	_ = h
}

type Controller struct {
	beego.Controller
}

func (c *Controller) Remember(id string) {
	c.SetSecureCookie("secret", "login", id, 3600) // want `cookie "login" is sent without HttpOnly, Secure and SameSite`
	c.Ctx.SetCookie("lang", "en", 3600, "/", "", true, false, "Lax")
}
