// Package basicsignup: an API middleware signs accounts up from the Basic
// header and keeps the new account's name in a server-side session; the
// sign-up's error is the only check.
package basicsignup

import (
	"database/sql"
	"errors"
	"net/http"

	"github.com/gorilla/sessions"
)

var (
	db    *sql.DB
	store = sessions.NewFilesystemStore("", []byte("key"))
)

func createAccount(name, secret string) error {
	_, err := db.Exec("INSERT INTO accounts(name, secret) VALUES($1, $2)", name, secret)
	return err
}

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// Middleware wraps the operation named op.
func Middleware(next handlerFunc, op string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		s, err := store.Get(r, "api")
		if err != nil {
			return err
		}
		if op == "SignUp" {
			name, secret, ok := r.BasicAuth()
			if !ok {
				return errors.New("no basic auth")
			}
			if err := createAccount(name, secret); err != nil {
				return err
			}
			s.Values["account"] = name // want `user identity is stored in the session before its ID is renewed`
		}
		if err := s.Save(r, w); err != nil {
			return err
		}
		return next(w, r)
	}
}

// RenewedMiddleware starts the account in a session of its own.
func RenewedMiddleware(next handlerFunc, op string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		s, err := store.Get(r, "api")
		if err != nil {
			return err
		}
		if op == "SignUp" {
			name, secret, ok := r.BasicAuth()
			if !ok {
				return errors.New("no basic auth")
			}
			if err := createAccount(name, secret); err != nil {
				return err
			}
			s = sessions.NewSession(store, "api")
			s.Values["account"] = name
		}
		if err := s.Save(r, w); err != nil {
			return err
		}
		return next(w, r)
	}
}

// Visit only reads the header's name: no check, no login.
func Visit(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "api")
	name, _, _ := r.BasicAuth()
	s.Values["last_visitor"] = name
	_ = s.Save(r, w)
}
