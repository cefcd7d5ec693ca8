// Package mw loads the session and hands it to the handlers through the
// request's context.
package mw

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"
)

// Store is set by main.
var Store sessions.Store

type sessionKey struct{}

// WithSession loads the request's session into its context.
func WithSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, err := Store.Get(r, "app")
		if err != nil {
			http.Error(w, "bad session", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, s)))
	})
}

// Session is the request's session.
func Session(r *http.Request) *sessions.Session {
	s, _ := r.Context().Value(sessionKey{}).(*sessions.Session)
	return s
}
