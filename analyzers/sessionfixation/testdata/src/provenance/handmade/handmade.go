// Package handmade keeps its own sessions: a struct with a Values map,
// found by the session cookie, and a table from session ID to user name.
package handmade

import (
	"crypto/rand"
	"net/http"

	"provenance/accounts"
)

type Session struct {
	ID     string
	Values map[string]any
}

var sessions = map[string]*Session{}

// get returns the session the request's cookie names.
func get(r *http.Request) *Session {
	c, err := r.Cookie("sid")
	if err != nil {
		return nil
	}
	return sessions[c.Value]
}

// setUser writes the account into a session.
func setUser(s *Session, a *accounts.Account) {
	s.Values["user"] = a.ID
}

func login(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	s := get(r)
	setUser(s, a) // want `setUser stores user identity in the session before its ID is renewed`
}

// A new session under an ID the server draws.
func loginFresh(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	s := &Session{ID: rand.Text(), Values: map[string]any{}}
	sessions[s.ID] = s
	setUser(s, a)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: s.ID, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// users maps a session ID to the name of its user.
var users = map[string]string{}

// bind gives a session its user; where the ID comes from is its callers'
// business.
func bind(sid, name string) { users[sid] = name }

func loginBind(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	bind(c.Value, a.Email) // want `user identity is stored in the session before its ID is renewed; mint a new session ID`
}

func loginBindFresh(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	sid := rand.Text()
	bind(sid, a.Email)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
