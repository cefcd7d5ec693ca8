// Package web finishes the provider's sign-in in a handler whose name says
// nothing of logins: the exchange is the SDK's, recognised by its answer
// (an oauth2.Token for the authorization code).
package web

import (
	"net/http"

	"github.com/gorilla/sessions"

	"provenance/providersdk/sdk"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

func Finish(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	token, err := sdk.GetOAuthToken(code, r.URL.Query().Get("state"))
	if err != nil {
		return
	}
	claims, err := sdk.ParseJwtToken(token.AccessToken)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "app")
	s.Values["user"] = claims.Name // want `^user identity is stored in the session before its ID is renewed`
	_ = s.Save(r, w)
}

func FinishRenewed(w http.ResponseWriter, r *http.Request) {
	token, err := sdk.GetOAuthToken(r.URL.Query().Get("code"), r.URL.Query().Get("state"))
	if err != nil {
		return
	}
	claims, err := sdk.ParseJwtToken(token.AccessToken)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "app")
	s.ID = ""
	s.Values["user"] = claims.Name
	_ = s.Save(r, w)
}

// Profile shows the user again what a token saved earlier says: no
// exchange, nothing the request authenticates.
func Profile(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	raw, _ := s.Values["token"].(string)
	token, err := sdk.StoredToken(raw)
	if err != nil {
		return
	}
	claims, err := sdk.ParseJwtToken(token.AccessToken)
	if err != nil {
		return
	}
	s.Values["display"] = claims.Email
	_ = s.Save(r, w)
}
