// Package app is fieldstore's handlers; the store is a field set by main.
package app

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

type App struct {
	Sessions sessions.Store
}

func (a *App) Serve() { _ = http.ListenAndServe(":8080", http.HandlerFunc(a.login)) }

func (a *App) login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	s, _ := a.Sessions.Get(r, "app")
	s.Values["user_id"] = u.ID // signed-cookie store, set by main: not reported
	_ = s.Save(r, w)
}
