// Package newsession makes sessions with gorilla's NewSession, whose
// Options start zero: what the code sets before Save is all the cookie
// gets.
package newsession

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

func init() {
	store.Options.HttpOnly = true
	store.Options.Secure = true
	store.Options.SameSite = http.SameSiteLaxMode
}

func state(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "oidc_state") // want `session cookie of sessions.NewSession is sent without HttpOnly, Secure and SameSite`
	s.Options.MaxAge = 1200
	s.Options.Path = "/"
	s.Values["state"] = "x"
	_ = s.Save(r, w)
}

func hardenedState(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(store, "oidc_state")
	s.Options.MaxAge = 1200
	s.Options.Path = "/"
	s.Options.HttpOnly = true
	s.Options.Secure = true
	s.Options.SameSite = http.SameSiteLaxMode
	s.Values["state"] = "x"
	_ = s.Save(r, w)
}

// NewUserSession hands the session to its callers, which set its options
// before they save it: not reported here.
func NewUserSession(name string) *sessions.Session {
	return sessions.NewSession(store, name)
}

type users struct {
	store   sessions.Store
	timeout int
}

// signIn saves the new session through the store: the same zero options.
func (u *users) signIn(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(u.store, "user") // want `session cookie of sessions.NewSession is sent without HttpOnly, Secure and SameSite`
	s.IsNew = true
	s.Options.MaxAge = u.timeout
	s.Values["user"] = r.FormValue("user")
	_ = u.store.Save(r, w, s)
}

// signInHardened sets the new session's options before the store saves it.
func (u *users) signInHardened(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(u.store, "user")
	s.Options = &sessions.Options{Path: "/", MaxAge: u.timeout, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	s.Values["user"] = r.FormValue("user")
	_ = u.store.Save(r, w, s)
}

// signOut overwrites the cookie with a new, empty session: nothing in it
// to protect.
func (u *users) signOut(w http.ResponseWriter, r *http.Request) {
	s := sessions.NewSession(u.store, "user")
	s.IsNew = true
	_ = u.store.Save(r, w, s)
}
