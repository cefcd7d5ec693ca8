// Package beego uses beego v2 (v2.3.10) controllers and its session module.
//
// Session cookies: HttpOnly is on unless DisableHTTPOnly; Secure is sent only
// when ManagerConfig.Secure (BConfig.Listen.EnableHTTPS for the web layer)
// is set and the request is HTTPS; SameSite is sent only when configured.
// c.SessionRegenerateID() gives the session a new ID and carries the data
// over; Flush, DelSession and DestroySession do not.
package beego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/session"
)

// Configure turns sessions on for the web layer with hardened cookies.
func Configure() {
	web.BConfig.Listen.EnableHTTPS = true
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionName = "sid"
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode

	web.Router("/login", &LoginController{})
	web.Router("/login-fixed", &LoginController{}, "post:PostFixed")
	web.Router("/login-flushed", &LoginController{}, "post:PostFlushed")
	web.Router("/logout", &LoginController{}, "post:Logout")
	web.Router("/theme", &LoginController{}, "post:Theme")
	web.Router("/oauth/callback", &LoginController{}, "get:OAuthCallback")
	web.Post("/api/login", APILogin)
}

// NewManager builds a session manager that never sets Secure and sends no
// SameSite.
func NewManager() (*session.Manager, error) {
	return session.NewManager("memory", &session.ManagerConfig{ // e2e: cookieflags
		CookieName:      "sid",
		EnableSetCookie: true,
		Gclifetime:      3600,
		Maxlifetime:     3600,
	})
}

// NewHardenedManager asks for Secure and SameSite=Lax.
func NewHardenedManager() (*session.Manager, error) {
	return session.NewManager("memory", &session.ManagerConfig{ // e2e: clean
		CookieName:      "sid",
		EnableSetCookie: true,
		Gclifetime:      3600,
		Maxlifetime:     3600,
		Secure:          true,
		CookieSameSite:  http.SameSiteLaxMode,
	})
}
