// Package web is the handlers; sessions go through the generic store.
package web

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/gorillaregistry/session"
	"sessionlint.test/e2e/internal/users"
)

func checked(r *http.Request) (users.User, bool) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return users.User{}, false
	}
	return u, true
}

// Login keeps the session the request came with.
func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	_ = session.Users.Write(r, w, &session.UserSession{UserID: u.ID}) // e2e: sessionfixation
}

// LoginFresh stores the user under a new session ID.
func LoginFresh(w http.ResponseWriter, r *http.Request) {
	u, ok := checked(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	_ = session.Users.WriteFresh(r, w, &session.UserSession{UserID: u.ID}) // e2e: clean
}

// Theme keeps a preference: no login.
func Theme(w http.ResponseWriter, r *http.Request) {
	_ = session.Themes.Write(r, w, &session.ThemeSession{Theme: r.FormValue("theme")}) // e2e: clean
}
