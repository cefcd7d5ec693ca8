// Package ownerkeyed keeps its sessions under the user they belong to: a
// store addressed by the owner (SetUserSession(userId, key, token)) binds
// no session the client chose, even when a sub-key carries a value the
// request sent (an OIDC nonce); only a parameter named for a session ID
// does.
package ownerkeyed

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"users"
)

type Store struct{ m map[string]string }

func (s *Store) SetUserSession(userId, key, token string) { s.m[userId+":"+key] = token }

func (s *Store) SetSession(userId, sessionID string) { s.m[sessionID] = userId }

var store = &Store{m: map[string]string{}}

func check(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return nil, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) == nil
}

func login(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		return
	}
	nonce := r.URL.Query().Get("nonce")
	token := rand.Text()
	store.SetUserSession(u.Email, "session_token_"+nonce, token)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func loginChosen(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		return
	}
	sid := r.FormValue("sid")
	store.SetSession(u.Email, sid) // want `user identity is stored in the session before its ID is renewed`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
