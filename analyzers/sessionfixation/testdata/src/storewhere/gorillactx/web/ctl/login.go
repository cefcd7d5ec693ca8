// Package ctl is the handlers; the session comes from the request context.
package ctl

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"storewhere/gorillactx/web/mw"
	"users"
)

func Login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	s := mw.Session(r)
	s.Values["user_id"] = u.ID // signed-cookie store, configured in main: not reported
	_ = s.Save(r, w)
}
