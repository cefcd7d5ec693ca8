// Package nosurfcsrf protects forms with justinas/nosurf: its token cookie
// has nothing but a MaxAge until SetBaseCookie gives it a whole cookie.
package nosurfcsrf

import (
	"net/http"

	"github.com/justinas/nosurf"
)

var inProduction bool

// Defaults: no Secure, no SameSite (HttpOnly is not asked of a cookie
// named like a CSRF token).
func Defaults(next http.Handler) http.Handler {
	return nosurf.New(next) // want `^CSRF cookie of nosurf.New is sent without Secure and SameSite; call SetBaseCookie\(http.Cookie\{Path: "/", MaxAge: 86400, Secure: true, SameSite: http.SameSiteLaxMode\}\) on what nosurf.New returns \(it replaces every field\)$`
}

// Pure cannot be configured at all.
func Pure(next http.Handler) http.Handler {
	return nosurf.NewPure(next) // want `^CSRF cookie of nosurf.NewPure is sent without Secure and SameSite; `
}

// Configured the way the tutorials do it: clean.
func Configured(next http.Handler) http.Handler {
	h := nosurf.New(next)
	h.ExemptPath("/hook")
	h.SetBaseCookie(http.Cookie{
		HttpOnly: true,
		Path:     "/",
		Secure:   inProduction,
		SameSite: http.SameSiteLaxMode,
	})
	return h
}

// Partly: the literal replaces the whole base cookie; SameSite stays off.
func Partly(next http.Handler) http.Handler {
	h := nosurf.New(next)
	h.SetBaseCookie(http.Cookie{Path: "/", HttpOnly: true, Secure: true}) // want `^CSRF cookie of nosurf.New is sent without SameSite; set SameSite: http.SameSiteLaxMode$`
	return h
}
