// Package web is gormv1app's handlers.
package web

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var Store sessions.Store

func authenticate(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return nil, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) == nil
}

func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	s, _ := Store.Get(r, "app")
	s.Values["user_id"] = u.ID // want `user identity is stored in the session before its ID is renewed; write the user into a new session instead: fresh := sessions.NewSession\(store, name\), saved with store.Save\(r.WithContext\(r.Context\(\)\), w, fresh\) \(wader/gormstore before v2 keeps the record it found for the request, so neither clearing s's ID nor deleting its record renews it\)$`
	_ = s.Save(r, w)
}

// Deleting the record first renews gormstore v2's session, not this one:
// the next Save writes the record kept for the request back.
func LoginDeletesFirst(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	s, _ := Store.Get(r, "app")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
	s.Options.MaxAge = 86400
	s.Values["user_id"] = u.ID // want `user identity is stored in the session before its ID is renewed; write the user into a new session instead`
	_ = s.Save(r, w)
}

func LoginFreshSession(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	fresh := sessions.NewSession(Store, "app")
	fresh.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	fresh.Values["user_id"] = u.ID
	_ = Store.Save(r.WithContext(r.Context()), w, fresh)
}
