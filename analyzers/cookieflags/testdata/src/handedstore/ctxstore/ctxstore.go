// Package ctxstore keeps the application's gormstore in each request's
// context, through a handler its middleware factory returns: code
// sessionlint does not follow into, which never touches the store's
// options.
package ctxstore

import (
	"context"
	"net/http"

	"github.com/wader/gormstore/v2"
)

type key struct{}

type Handler struct {
	Store *gormstore.Store
	next  http.Handler
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, h.Store)))
}

// New is the middleware factory.
func New(store *gormstore.Store) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return Handler{Store: store, next: next}
	}
}

// Store returns the request's store.
func Store(r *http.Request) *gormstore.Store {
	return r.Context().Value(key{}).(*gormstore.Store)
}
