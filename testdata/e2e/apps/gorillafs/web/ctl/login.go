// Package ctl is the handlers; the session comes from the request context.
package ctl

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/gorillafs/web/mw"
	"sessionlint.test/e2e/internal/users"
)

// Login checks the password and stores the user in the session.
func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s := mw.Session(r)
	s.Values["user_id"] = u.ID // e2e: sessionfixation
	s.Values["username"] = u.Name
	if err := s.Save(r, w); err != nil {
		http.Error(w, "cannot save", http.StatusInternalServerError)
	}
}
