// Package cookieslice builds its login cookies in a helper that returns
// them as a slice, and sends each as its caller ranges over them.
package cookieslice

import (
	"net/http"
	"strconv"
	"time"
)

func authCookies(token string, id int, expiry time.Time) []http.Cookie {
	var out []http.Cookie
	return append(out, cookie("auth", token, expiry), cookie("sid", strconv.Itoa(id), expiry))
}

func cookie(name, value string, expiry time.Time) http.Cookie {
	return http.Cookie{ // want `cookie is sent without Secure; set Secure: true`
		Name:     name,
		Value:    value,
		Expires:  expiry,
		Path:     "/",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
}

func login(w http.ResponseWriter, r *http.Request) {
	for _, c := range authCookies("t", 1, time.Now()) {
		http.SetCookie(w, &c)
	}
}

func loginHeader(w http.ResponseWriter, r *http.Request) {
	cookies := authCookies("t", 1, time.Now())
	for i := range cookies {
		w.Header().Add("Set-Cookie", cookies[i].String())
	}
}

func secureCookies(token string) []*http.Cookie {
	return []*http.Cookie{{Name: "auth", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}}
}

func loginSecure(w http.ResponseWriter, r *http.Request) {
	for _, c := range secureCookies("t") {
		http.SetCookie(w, c)
	}
}
