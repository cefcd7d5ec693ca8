// Package app is the handlers; the store is a field that main sets.
package app

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

// App serves the logins.
type App struct {
	Sessions sessions.Store
}

func (a *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s, err := a.Sessions.Get(r, "app")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	s.Values["user_id"] = u.ID // e2e: clean
	if err := s.Save(r, w); err != nil {
		http.Error(w, "cannot save", http.StatusInternalServerError)
	}
}
