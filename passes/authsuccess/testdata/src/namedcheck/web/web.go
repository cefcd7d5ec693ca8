// Package web logs users in through store's checks, whose names are the
// only evidence that they authenticate.
package web

import (
	"net/http"

	"namedcheck/store"
)

func login(v any) {}

func byError(w http.ResponseWriter, r *http.Request) {
	u, err := store.CheckUserPassword(r.FormValue("user"), r.FormValue("password")) // want `auth success: helper: store.CheckUserPassword succeeded \(named like a credential check\) via=password`
	if err != nil {
		return
	}
	login(u)
}

func byBool(w http.ResponseWriter, r *http.Request, u *store.User) {
	if !store.VerifyPassword(u, r.FormValue("password")) { // want `auth success: helper: store.VerifyPassword succeeded \(named like a credential check\) via=password`
		return
	}
	login(u)
}

func changeForm(w http.ResponseWriter, r *http.Request) {
	if store.ValidatePassword(r.FormValue("password")) != nil || store.CheckPasswordStrength(r.FormValue("password")) != nil {
		return
	}
	login(r.FormValue("user"))
}
