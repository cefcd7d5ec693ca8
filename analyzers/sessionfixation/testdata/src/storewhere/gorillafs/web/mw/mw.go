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

type key struct{}

func WithSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, _ := Store.Get(r, "app")
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, s)))
	})
}

// Session is the request's session.
func Session(r *http.Request) *sessions.Session {
	s, _ := r.Context().Value(key{}).(*sessions.Session)
	return s
}
