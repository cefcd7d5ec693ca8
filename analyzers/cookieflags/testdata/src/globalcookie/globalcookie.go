// Package globalcookie keeps its one session cookie in a package variable,
// set and sent by the login (a single-user dashboard's shape).
package globalcookie

import (
	"net/http"
	"time"
)

var current = &http.Cookie{}

var hardened = &http.Cookie{}

func login(w http.ResponseWriter, r *http.Request) {
	current = &http.Cookie{ // want `cookie "token" is sent without Secure and SameSite`
		Name:     "token",
		Value:    r.FormValue("token"),
		Path:     "/",
		HttpOnly: true,
		Expires:  time.Now().Add(24 * time.Hour),
	}
	http.SetCookie(w, current)
}

func loginHardened(w http.ResponseWriter, r *http.Request) {
	hardened = &http.Cookie{
		Name:     "token",
		Value:    r.FormValue("token"),
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
	http.SetCookie(w, hardened)
}
