// Package hooks builds a simplesessions manager whose cookie hooks the
// caller supplies: the cookie is HttpOnly, the caller's SetCookie hook adds
// SameSite, and nothing makes it Secure.
package hooks

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
)

// Callbacks are the cookie hooks the caller registers.
type Callbacks struct {
	GetCookie func(name string, r interface{}) (*http.Cookie, error)
	SetCookie func(cookie *http.Cookie, w interface{}) error
}

// NewManager builds the manager.
func NewManager(cb *Callbacks) *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{
		Cookie: simplesessions.CookieOptions{Name: "sid", IsHTTPOnly: true}, // e2e: cookieflags
	})
	m.SetCookieHooks(cb.GetCookie, cb.SetCookie)
	return m
}
