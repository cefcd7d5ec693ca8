package nethttp

import (
	"net/http"

	"github.com/justinas/nosurf"
)

// NoSurf protects the forms with justinas/nosurf (v1.2.0), its base cookie
// given whole, the way the tutorials do it.
func NoSurf(next http.Handler, production bool) http.Handler {
	h := nosurf.New(next)
	h.SetBaseCookie(http.Cookie{HttpOnly: true, Path: "/", Secure: production, SameSite: http.SameSiteLaxMode}) // e2e: clean
	return h
}

// NoSurfDefaults keeps nosurf's base cookie: a year's MaxAge, nothing else.
func NoSurfDefaults(next http.Handler) http.Handler {
	return nosurf.New(next) // e2e: cookieflags
}
