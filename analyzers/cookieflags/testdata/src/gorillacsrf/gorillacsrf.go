// Package gorillacsrf protects forms with gorilla/csrf, whose token
// cookie is HttpOnly, Secure and SameSite=Lax until an option turns one
// off. (HttpOnly is not asked of a cookie named like a CSRF token: the
// cookieflags.js-readable default.)
package gorillacsrf

import (
	"net/http"

	"github.com/gorilla/csrf"
)

type config struct {
	TLS bool
}

func Protect(key []byte, cfg config, mux http.Handler) []http.Handler {
	return []http.Handler{
		csrf.Protect(key, csrf.CookieName("panel_csrf"), csrf.Secure(false), csrf.Path("/"), csrf.SameSite(csrf.SameSiteLaxMode))(mux), // want `^CSRF cookie of csrf.Protect is sent without Secure; pass csrf.Secure\(true\) to csrf.Protect$`
		csrf.Protect(key)(mux),
		csrf.Protect(key, csrf.Secure(cfg.TLS), csrf.Path("/"))(mux),
		csrf.Protect(key, csrf.SameSite(csrf.SameSiteNoneMode))(mux),
		csrf.Protect(key, csrf.HttpOnly(false), csrf.SameSite(csrf.SameSiteDefaultMode))(mux), // want `^CSRF cookie of csrf.Protect is sent without SameSite; pass csrf.SameSite\(csrf.SameSiteLaxMode\) to csrf.Protect$`
	}
}
