// Package scsv2 uses github.com/alexedwards/scs/v2 v2.9.0.
//
// scs.New() sends HttpOnly and SameSite=Lax but not Secure: the manager's
// Cookie.Secure must be set. RenewToken gives the session a new token (the
// old one is deleted at once); Destroy followed by Put also ends with a new
// token. Clear only removes the values: the token stays the same.
package scsv2

import (
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"
)

// sm is the manager the handlers use.
var sm = NewHardenedManager()

// NewManager keeps the defaults: the session cookie is sent over plain HTTP.
func NewManager() *scs.SessionManager {
	m := scs.New() // e2e: cookieflags
	m.Lifetime = 12 * time.Hour
	return m
}

// NewHardenedManager adds Secure to the defaults.
func NewHardenedManager() *scs.SessionManager {
	m := scs.New() // e2e: clean
	m.Lifetime = 12 * time.Hour
	m.Cookie.Secure = true
	return m
}

// Handler wires the routes behind the manager's LoadAndSave middleware.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", LoginVulnerable)
	mux.HandleFunc("POST /login-fixed", LoginFixed)
	mux.HandleFunc("POST /login-cleared", LoginClearTrap)
	mux.HandleFunc("POST /login-destroyed", LoginDestroyThenPut)
	mux.HandleFunc("POST /logout", Logout)
	mux.HandleFunc("POST /theme", SetTheme)
	mux.HandleFunc("GET /oauth/callback", OAuthCallback)
	return sm.LoadAndSave(mux)
}
