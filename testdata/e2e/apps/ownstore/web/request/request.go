// Package request is the application's session layer: its own gorilla
// Store over a table of sessions, and the request object handlers get.
package request

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"

	"github.com/gorilla/sessions"
)

var (
	mu      sync.Mutex
	records = map[string]map[interface{}]interface{}{}
)

type tableStore struct{ path string }

// NewStore returns the store main installs.
func NewStore(path string) sessions.Store { return tableStore{path: path} }

func (s tableStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

// New finds the session of the request's cookie, keeping its ID.
func (s tableStore) New(r *http.Request, name string) (*sessions.Session, error) {
	ses := sessions.NewSession(s, name)
	ses.IsNew = true
	ses.Options = &sessions.Options{Path: s.path, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	if c, err := r.Cookie(name); err == nil {
		mu.Lock()
		vals, ok := records[c.Value]
		mu.Unlock()
		if ok {
			ses.ID, ses.Values, ses.IsNew = c.Value, vals, false
		}
	}
	return ses, nil
}

// Save mints an ID only for a session that has none.
func (s tableStore) Save(r *http.Request, w http.ResponseWriter, ses *sessions.Session) error {
	if ses.ID == "" {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return err
		}
		ses.ID = hex.EncodeToString(b)
	}
	mu.Lock()
	records[ses.ID] = ses.Values
	mu.Unlock()
	http.SetCookie(w, sessions.NewCookie(ses.Name(), ses.ID, ses.Options))
	return nil
}

// Account is a stored account.
type Account struct {
	ID    uint64
	Email string
}

// AuthUser is the signed-in account as the session keeps it.
type AuthUser struct {
	Account  *Account
	Remember bool
}

// NewAuthUser wraps an account for the session.
func NewAuthUser(a *Account, remember bool) *AuthUser {
	return &AuthUser{Account: a, Remember: remember}
}

// Save keeps the account in the session.
func (u *AuthUser) Save(ses *sessions.Session) {
	ses.Values["auth-user"] = u
}

// Restart drops the session's values and ID: Save gives it a new one.
func Restart(ses *sessions.Session) {
	ses.Values = map[interface{}]interface{}{}
	ses.ID = ""
}

// AuthReq is what every handler is given.
type AuthReq struct {
	Request *http.Request
	Session *sessions.Session
	User    *AuthUser
}
