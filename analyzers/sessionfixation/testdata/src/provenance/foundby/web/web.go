// Package web hands the posted login to the accounts service, which finds
// the account and writes it into the session: the login is where the
// request's data reaches the service.
package web

import (
	"context"
	"net/http"

	"provenance/foundby/accounts"
)

var svc accounts.Service

func Login(w http.ResponseWriter, r *http.Request) {
	in := accounts.Credentials{Login: r.PostFormValue("login"), Secret: r.PostFormValue("secret")}
	if err := svc.SignIn(r.Context(), in); err != nil { // want `stores user identity in the session before its ID is renewed`
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func LoginRenewed(w http.ResponseWriter, r *http.Request) {
	if err := accounts.Sessions.RenewToken(r.Context()); err != nil {
		return
	}
	in := accounts.Credentials{Login: r.PostFormValue("login"), Secret: r.PostFormValue("secret")}
	if err := svc.SignIn(r.Context(), in); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Demo signs a fixed account in from the server's own configuration: no
// request data finds it.
func Demo(ctx context.Context) error {
	return svc.SignIn(ctx, accounts.Credentials{Login: "demo", Secret: "demo"})
}
