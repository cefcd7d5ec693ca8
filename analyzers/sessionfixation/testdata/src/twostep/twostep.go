// Package twostep logs in in two requests: a password, then a one-time
// code. The first step renews the session and keeps the pending user; the
// second reads it back and writes the identity. Its session got a new ID
// when the first step ran, so the second step's write is no fixation.
package twostep

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/pquerna/otp/totp"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/oauth2"

	"users"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

func password(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	s, _ := store.Get(r, "app")
	s.ID = ""
	s.Values["pending_user"] = u.ID
	_ = s.Save(r, w)
}

func code(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	id, ok := s.Values["pending_user"].(int)
	if !ok {
		return
	}
	if !totp.Validate(r.FormValue("code"), "secret") {
		return
	}
	s.Values["pending_user"] = nil
	s.Values["user_id"] = id
	_ = s.Save(r, w)
}

// An OAuth-style login that first asks whether someone is logged in: it
// reads the key and goes on where it is absent, so it is no second step.
func quick(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	if s.Values["pending_user"] != nil {
		http.Redirect(w, r, "/code", http.StatusFound)
		return
	}
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	s.Values["user_id"] = u.ID // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save(r, w)
}

var conf *oauth2.Config

// An OAuth callback that first refreshes a user already logged in (the
// record found by what the session holds): that write is no login. The
// exchange below it is, and renews.
func oauthCallback(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	if email, ok := s.Values["email"].(string); ok {
		u, err := users.FindByEmail(email)
		if err == nil {
			s.Values["user_id"] = u.ID
			_ = s.Save(r, w)
		}
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	s.ID = ""
	s.Values["token"] = tok.AccessToken
	_ = s.Save(r, w)
}

func verifyAssertion(r *http.Request) error { return nil }

// A second step whose check is out of sight (a passkey library the model
// does not know): only its name says login. The user it writes is the
// pending one the session holds, which no renewing first step wrote.
func loginFinish(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	email, ok := s.Values["pending_email"].(string)
	if !ok {
		return
	}
	u, err := users.FindByEmail(email)
	if err != nil || verifyAssertion(r) != nil {
		return
	}
	s.Values["user_id"] = u.ID // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save(r, w)
}
