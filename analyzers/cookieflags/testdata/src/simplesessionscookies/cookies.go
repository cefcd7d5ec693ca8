// Package simplesessionscookies configures zerodha/simplesessions' session
// cookie: the manager builds it from Options.Cookie (no HttpOnly, Secure or
// SameSite unless set) and hands it to the function registered with
// SetCookieHooks, which may change it before sending it.
package simplesessionscookies

import (
	"net/http"
	"time"

	"github.com/zerodha/simplesessions/v3"
)

// NewBare sets only the lifetime.
func NewBare() *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{
		Cookie: simplesessions.CookieOptions{ // want `session cookie is sent without HttpOnly, Secure and SameSite; set IsHTTPOnly: true, IsSecure: true and SameSite: http.SameSiteLaxMode`
			MaxAge: time.Hour,
		},
	})
	m.SetCookieHooks(getCookie, sendCookie)
	return m
}

// NewHardened sets all three.
func NewHardened() *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{
		Cookie: simplesessions.CookieOptions{
			IsHTTPOnly: true,
			IsSecure:   true,
			SameSite:   http.SameSiteLaxMode,
		},
	})
	m.SetCookieHooks(getCookie, sendCookie)
	return m
}

// NewHooked leaves SameSite to its hook, which sets it on every cookie;
// Secure is still missing.
func NewHooked() *simplesessions.Manager {
	m := simplesessions.New(simplesessions.Options{
		Cookie: simplesessions.CookieOptions{IsHTTPOnly: true}, // want `session cookie is sent without Secure; set IsSecure: true`
	})
	m.SetCookieHooks(getCookie, func(c *http.Cookie, w interface{}) error {
		c.SameSite = http.SameSiteLaxMode
		http.SetCookie(w.(http.ResponseWriter), c)
		return nil
	})
	return m
}

func getCookie(name string, r interface{}) (*http.Cookie, error) {
	return r.(*http.Request).Cookie(name)
}

func sendCookie(c *http.Cookie, w interface{}) error {
	http.SetCookie(w.(http.ResponseWriter), c)
	return nil
}
