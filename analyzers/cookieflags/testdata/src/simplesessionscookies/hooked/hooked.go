// Package hooked registers hooks that main fills in: the analysis cannot
// follow them, and the module's code sets SameSite on some cookie (in the
// hook main registers, here SendCookie), so SameSite is the application's
// choice; Secure, which no code sets, is still missing.
package hooked

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
)

// Callbacks are the functions main gives.
type Callbacks struct {
	Get func(string, interface{}) (*http.Cookie, error)
	Set func(*http.Cookie, interface{}) error
}

// New uses them.
func New(cb *Callbacks) *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{
		Cookie: simplesessions.CookieOptions{IsHTTPOnly: true}, // want `session cookie is sent without Secure; set IsSecure: true`
	})
	m.SetCookieHooks(cb.Get, cb.Set)
	return m
}

// SendCookie is what main registers.
func SendCookie(c *http.Cookie, w interface{}) error {
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w.(http.ResponseWriter), c)
	return nil
}
