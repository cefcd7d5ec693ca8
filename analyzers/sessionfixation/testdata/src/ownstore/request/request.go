// Package request keeps the application's sessions in its own database
// through its own gorilla sessions.Store: the cookie carries only the ID.
package request

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gorilla/sessions"
)

// records stands in for the database table of sessions.
var records = map[string]map[interface{}]interface{}{}

type dbStore struct {
	path string
}

// NewStore returns the store the application installs in main.
func NewStore(path string) sessions.Store { return dbStore{path: path} }

func (s dbStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s dbStore) New(r *http.Request, name string) (*sessions.Session, error) {
	ses := sessions.NewSession(s, name)
	ses.IsNew = true
	ses.Options = &sessions.Options{Path: s.path, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	if c, err := r.Cookie(name); err == nil {
		if vals, ok := records[c.Value]; ok {
			ses.ID = c.Value
			ses.Values = vals
			ses.IsNew = false
		}
	}
	return ses, nil
}

func (s dbStore) Save(r *http.Request, w http.ResponseWriter, ses *sessions.Session) error {
	if ses.ID == "" || ses.IsNew {
		b := make([]byte, 32)
		rand.Read(b)
		ses.ID = hex.EncodeToString(b)
	}
	records[ses.ID] = ses.Values
	http.SetCookie(w, sessions.NewCookie(ses.Name(), ses.ID, ses.Options))
	return nil
}

// AuthReq is what every handler gets: the wrapper fills the session.
type AuthReq struct {
	Request  *http.Request
	Response http.ResponseWriter
	Session  *sessions.Session
	User     *AuthUser
}

// AuthUser is the signed-in account kept in the session.
type AuthUser struct {
	ID    uint64
	Email string
	Roles []string
}

// NewAuthUser wraps an account for the session.
func NewAuthUser(id uint64, email string, perm bool) *AuthUser {
	return &AuthUser{ID: id, Email: email}
}

// PendingOTP says whether a second factor is still due.
func (u *AuthUser) PendingOTP() bool { return len(u.Roles) == 0 }

// CompleteOTP marks the second factor done.
func (u *AuthUser) CompleteOTP() { u.Roles = append(u.Roles, "otp") }

// Save keeps the account in the session.
func (u *AuthUser) Save(ses *sessions.Session) {
	ses.Values["auth-user"] = u
	ses.Values["roles"] = u.Roles
}

// Forget drops the account and has the store mint a new ID on Save.
func Forget(ses *sessions.Session) {
	ses.Values = map[interface{}]interface{}{}
	ses.ID = ""
}
