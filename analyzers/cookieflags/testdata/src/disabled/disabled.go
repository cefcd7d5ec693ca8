// Package disabled switches cookie protections off on stores whose
// construction it does not show: a store reached through a type assertion,
// authboss's cookie storer.
package disabled

import (
	"github.com/gorilla/sessions"
	abclientstate "github.com/volatiletech/authboss-clientstate"
)

var (
	cookieStorer  abclientstate.CookieStorer
	sessionStorer abclientstate.SessionStorer
)

func setup(debug bool) {
	cookieStorer = abclientstate.NewCookieStorer([]byte("k"), nil)
	cookieStorer.HTTPOnly = false // want `remember-me cookie of cookieStorer is sent without HttpOnly and Secure; set cookieStorer.HTTPOnly = true and cookieStorer.Secure = true`
	cookieStorer.Secure = false

	sessionStorer = abclientstate.NewSessionStorer("app", []byte("k"))
	cstore := sessionStorer.Store.(*sessions.CookieStore)
	cstore.Options.HttpOnly = false // want `session cookie of cstore.Options is sent without HttpOnly and Secure; set cstore.Options.HttpOnly = true and cstore.Options.Secure = true`
	cstore.Options.Secure = false
	cstore.MaxAge(3600)
}

// Turned off only on some paths (a development switch): the author
// decided, nothing is reported.
func devSetup(debug bool) {
	cstore := sessionStorer.Store.(*sessions.CookieStore)
	if debug {
		cstore.Options.Secure = false
	}
}

// Turned on: nothing to report.
func hardened() {
	cstore := sessionStorer.Store.(*sessions.CookieStore)
	cstore.Options.HttpOnly = true
	cstore.Options.Secure = true
}
