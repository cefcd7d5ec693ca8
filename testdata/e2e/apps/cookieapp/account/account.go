// Package account logs users in and hands the front-end (web/src/app.js)
// its branding through cookies.
package account

import (
	"encoding/json"
	"net/http"

	"sessionlint.test/e2e/apps/cookieapp/engine"
	"sessionlint.test/e2e/apps/cookieapp/kv"
)

// Login starts a session in the application's store.
func Login(store *kv.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		store.Start(w, r.FormValue("user"))
	})
}

// Remember sends a remember-me token through the adapter, without Secure
// or SameSite.
func Remember(c *engine.Context, token string) {
	c.SetCookie(&http.Cookie{Name: "remember", Value: token, Path: "/", HttpOnly: true}) // e2e: cookieflags
}

// RememberHardened is the fixed twin.
func RememberHardened(c *engine.Context, token string) {
	c.SetCookie(&http.Cookie{Name: "remember", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
}

type brand struct{ Logo, Footer string }

// Brand hands the front-end its branding: it reads the cookie, so it is
// not HttpOnly, and only Secure and SameSite are missing.
func Brand(c *engine.Context, b brand) {
	data, _ := json.Marshal(b)
	c.SetCookie(&http.Cookie{Name: "brandData", Value: string(data), Path: "/"}) // e2e: cookieflags
}

// Lang stores the language preference: no secret, Secure and SameSite are
// still asked for.
func Lang(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: r.FormValue("lang"), Path: "/", Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
}
