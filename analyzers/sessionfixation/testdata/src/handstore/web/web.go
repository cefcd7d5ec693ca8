// Package web logs users in through store's own session store.
package web

import (
	"crypto/rand"
	"net/http"
	"strconv"

	"golang.org/x/crypto/bcrypt"

	"handstore/store"
	"users"
)

var st = store.New()

func check(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return nil, false
	}
	return u, true
}

// The record store.Get returns is the request's session.
func login(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sess := st.Get(w, r)
	sess.UserID = u.ID // want `user identity is stored in the session before its ID is renewed; mint a new session ID`
}

// The clean twin: Renew moves the session to a fresh ID first.
func loginRenewed(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sess := st.Get(w, r)
	st.Renew(w, sess)
	sess.UserID = u.ID
}

// The attack: the client picks the ID in the form, the handler sets it as
// the cookie and binds the user to it.
func loginChosen(w http.ResponseWriter, r *http.Request) {
	sid := r.FormValue("sid")
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	u, ok := check(r)
	if !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	st.Bind(sid, u.ID) // want `Bind stores user identity in the session before its ID is renewed|user identity is stored in the session before its ID is renewed`
}

// The ID read by the application's own helper from the cookie.
func loginCookieID(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	st.Bind(store.SessionID(r), u.ID) // want `user identity is stored in the session before its ID is renewed`
}

// The clean twin: a fresh ID from crypto/rand.
func loginFresh(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sid := rand.Text()
	st.Bind(sid, u.ID)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// An administrator changes another user's role and updates that user's
// sessions, found by the user's ID from the path: nobody logs in.
func adminSetRole(w http.ResponseWriter, r *http.Request) {
	if _, ok := check(r); !ok {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		return
	}
	st.UpdateSessionRoleForUser(id, r.FormValue("role"))
}
