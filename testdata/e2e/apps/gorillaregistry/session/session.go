// Package session is a generic wrapper over gorilla sessions, one session
// per value type, the request's Registry kept in a context value.
package session

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"
)

type ctxKey struct{}

type sessionCtx struct {
	store    sessions.Store
	registry *sessions.Registry
}

// Middleware puts the request's registry and the store in its context.
func Middleware(store sessions.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sc := &sessionCtx{store: store, registry: sessions.GetRegistry(r)}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, sc)))
	})
}

func (c *sessionCtx) session(name string) (*sessions.Session, error) {
	return c.registry.Get(c.store, name)
}

// UserSession is who is logged in; ThemeSession a preference.
type (
	UserSession  struct{ UserID int64 }
	ThemeSession struct{ Theme string }
)

// Store keeps one value type under one cookie name.
type Store[V comparable] struct{ name string }

var (
	Users  = &Store[*UserSession]{name: "user-session"}
	Themes = &Store[*ThemeSession]{name: "theme-session"}
)

func (s *Store[V]) get(r *http.Request) (*sessions.Session, error) {
	sc, ok := r.Context().Value(ctxKey{}).(*sessionCtx)
	if !ok {
		return nil, http.ErrNoCookie
	}
	return sc.session(s.name)
}

// Write stores val in the request's session and saves it.
func (s *Store[V]) Write(r *http.Request, w http.ResponseWriter, val V) error {
	sess, err := s.get(r)
	if err != nil {
		return err
	}
	sess.Values[0] = val
	return sess.Save(r, w)
}

// WriteFresh expires the request's session, then stores val under a new
// ID (Save mints one for an empty ID).
func (s *Store[V]) WriteFresh(r *http.Request, w http.ResponseWriter, val V) error {
	sess, err := s.get(r)
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
