// Package helper builds and sends cookies for other packages.
package helper

import "net/http"

// Harden sets the flags on a cookie built elsewhere.
func Harden(c *http.Cookie) {
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
}

// Send sends a cookie built elsewhere.
func Send(w http.ResponseWriter, c *http.Cookie) {
	http.SetCookie(w, c)
}

// SessionCookie is an exported factory: its callers cannot be seen, so
// its cookie is presumed sent and reported here, once.
func SessionCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: sid} // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
}

// SafeCookie is the hardened look-alike.
func SafeCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}
