// Package nethttp sets cookies with the standard library only.
//
// net/http adds no attribute by itself: a zero http.Cookie is sent without
// HttpOnly, without Secure and without SameSite (the browser's default then
// applies). Every flag the application wants must be written by it.
package nethttp

import (
	"crypto/rand"
	"net/http"
	"time"
)

// Config is the application's configuration.
type Config struct {
	Production bool
}

// InsecureCookie sends the session ID with no flag at all: readable from
// JavaScript, sent over plain HTTP and on cross-site requests.
func InsecureCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: newID(), Path: "/"}) // e2e: cookieflags
}

// InsecureCookieMultiline is the same mistake in the usual multi-line form;
// the finding is on the line that opens the literal.
func InsecureCookieMultiline(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: cookieflags
		Name:    "sid",
		Value:   newID(),
		Path:    "/",
		Expires: time.Now().Add(12 * time.Hour),
	})
}

// HardenedCookie sets every flag.
func HardenedCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{ // e2e: clean
		Name:     "__Host-sid",
		Value:    newID(),
		Path:     "/",
		MaxAge:   3600,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
}

// FlagsAfterLiteral builds the cookie first and hardens it field by field
// before sending it.
func FlagsAfterLiteral(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "sid", Value: newID(), Path: "/"} // e2e: clean
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, c)
}

// FlagsAfterLiteralIncomplete hardens only HttpOnly: Secure and SameSite are
// still missing when the cookie is sent.
func FlagsAfterLiteralIncomplete(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "sid", Value: newID(), Path: "/"} // e2e: cookieflags
	c.HttpOnly = true
	http.SetCookie(w, c)
}

// SameSiteNoneWithoutSecure: browsers reject SameSite=None without Secure,
// and net/http does not add Secure by itself.
func SameSiteNoneWithoutSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "widget", Value: newID(), Path: "/", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // e2e: cookieflags
}

// DeleteCookie expires the session cookie; the flags of a deletion cookie do
// not matter.
func DeleteCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1}) // e2e: clean
}

// ConfigDrivenSecure takes Secure from the configuration so that local
// development over plain HTTP still works.
func ConfigDrivenSecure(cfg Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{ // e2e: clean
			Name:     "sid",
			Value:    newID(),
			Path:     "/",
			HttpOnly: true,
			Secure:   cfg.Production,
			SameSite: http.SameSiteLaxMode,
		})
	}
}

// ClientSideCookie attaches a cookie to an outgoing request: the attributes
// of a request cookie are never sent, so there is nothing to harden.
func ClientSideCookie(token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	if err != nil {
		return nil, err
	}
	req.AddCookie(&http.Cookie{Name: "sid", Value: token}) // e2e: clean
	return http.DefaultClient.Do(req)
}

// newID returns a fresh random session ID.
func newID() string { return rand.Text() }
