// Package gorillahelp holds gorilla session helpers used from another
// package.
package gorillahelp

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var Store = sessions.NewFilesystemStore("", []byte("hash-key"))

// Reset gives the session a new ID at the next Save.
func Reset(s *sessions.Session) {
	s.ID = ""
}

// SetUser writes the user into the session.
func SetUser(s *sessions.Session, id int) {
	s.Values["user_id"] = id
}

// SaveUser writes the user into the request's session and saves it.
func SaveUser(w http.ResponseWriter, r *http.Request, id int) error {
	s, err := Store.Get(r, "sid")
	if err != nil {
		return err
	}
	s.Values["user_id"] = id
	return s.Save(r, w)
}

// NewUserSession starts a session of its own, not the request's: its
// Save mints the ID.
func NewUserSession(name string) *sessions.Session {
	return sessions.NewSession(Store, name)
}
