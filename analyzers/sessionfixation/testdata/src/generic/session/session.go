// Package session wraps gorilla sessions in a generic store, one session
// per value type, as applications written since Go 1.18 do: Write puts the
// caller's value under one key of the request's session and saves it.
package session

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type UserSession struct {
	UserID int64
}

type ThemeSession struct {
	Theme string
}

var Store sessions.Store = sessions.NewFilesystemStore("/tmp")

type SessionStore[V comparable] struct {
	key string
}

var (
	Users  = &SessionStore[*UserSession]{key: "user-session"}
	Themes = &SessionStore[*ThemeSession]{key: "theme-session"}
)

// Write stores val in the request's session of the store's name.
func (s *SessionStore[V]) Write(r *http.Request, w http.ResponseWriter, val V) error {
	sess, err := sessions.GetRegistry(r).Get(Store, s.key)
	if err != nil {
		return err
	}
	sess.Values[0] = val
	return sess.Save(r, w)
}

// WriteFresh stores val in a session with a new ID: the old record is
// expired first, then the ID cleared so that Save mints one.
func (s *SessionStore[V]) WriteFresh(r *http.Request, w http.ResponseWriter, val V) error {
	sess, err := sessions.GetRegistry(r).Get(Store, s.key)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		return err
	}
	sess.ID = ""
	sess.Options.MaxAge = 3600
	sess.Values[0] = val
	return sess.Save(r, w)
}
