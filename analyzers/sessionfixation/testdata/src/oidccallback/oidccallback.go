// Package oidccallback logs users in through zitadel's relying party: the
// library exchanges the code and calls the application's function with
// who logged in.
package oidccallback

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
)

var store = sessions.NewFilesystemStore("", []byte("hash-key"))

func Routes(mux *http.ServeMux, party rp.RelyingParty) {
	mux.Handle("/auth/callback", rp.CodeExchangeHandler(rp.UserinfoCallback(keepProfile), party))
	mux.Handle("/auth/callback2", rp.CodeExchangeHandler(rp.UserinfoCallback(keepProfileRenewed), party))
	mux.Handle("/auth/tokens", rp.CodeExchangeHandler(keepTokens, party))
	mux.Handle("/auth/inline", rp.CodeExchangeHandler(rp.UserinfoCallback(
		func(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[*oidc.IDTokenClaims], state string, party rp.RelyingParty, info *oidc.UserInfo) {
			s, _ := store.Get(r, "app")
			s.Values["subject"] = info.Subject // want `set s.ID = ""`
			_ = s.Save(r, w)
		}), party))
}

func keepProfile(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[*oidc.IDTokenClaims], state string, party rp.RelyingParty, info *oidc.UserInfo) {
	s, _ := store.Get(r, "app")
	s.Values["email"] = info.Email // want `set s.ID = "" \(after expiring the old record with Options.MaxAge = -1 and Save\) before Save`
	s.Values["name"] = info.Name
	_ = s.Save(r, w)
	http.Redirect(w, r, state, http.StatusFound)
}

func keepProfileRenewed(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[*oidc.IDTokenClaims], state string, party rp.RelyingParty, info *oidc.UserInfo) {
	s, _ := store.Get(r, "app")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
	s.Options.MaxAge = 86400
	s.ID = ""
	s.Values["email"] = info.Email
	_ = s.Save(r, w)
}

func keepTokens(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[*oidc.IDTokenClaims], state string, party rp.RelyingParty) {
	s, _ := store.Get(r, "app")
	s.Values["id_token"] = tokens.IDToken // want `set s.ID = ""`
	_ = s.Save(r, w)
}

// rememberTheme is an ordinary handler: no login reaches it.
func rememberTheme(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	s.Values["email"] = r.FormValue("email")
	_ = s.Save(r, w)
}
