// Package web makes cookies for its program: one the program sends, one an
// exported helper nothing in the module calls any more makes.
package web

import "net/http"

// SessionCookie is what main sends.
func SessionCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: sid, HttpOnly: true} // want `cookie "sid" is sent without Secure and SameSite`
}

// OldCookie is called by no program of the module.
func OldCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "old_sid", Value: sid}
}
