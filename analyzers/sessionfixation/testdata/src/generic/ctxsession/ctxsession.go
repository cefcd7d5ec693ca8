// Package ctxsession keeps the request's session registry in a context
// value that a middleware sets, and a generic store reads it back: the
// session is still the request's.
package ctxsession

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

func (c *sessionCtx) get(name string) (*sessions.Session, error) {
	return c.registry.Get(c.store, name)
}

type UserSession struct {
	UserID int64
}

type Store[V comparable] struct {
	name string
}

var Users = &Store[*UserSession]{name: "user-session"}

// Write puts val in the request's session and saves it.
func (s *Store[V]) Write(r *http.Request, w http.ResponseWriter, val V) error {
	sc, ok := r.Context().Value(ctxKey{}).(*sessionCtx)
	if !ok {
		return nil
	}
	sess, err := sc.get(s.name)
	if err != nil {
		return err
	}
	sess.Values[0] = val
	return sess.Save(r, w)
}
