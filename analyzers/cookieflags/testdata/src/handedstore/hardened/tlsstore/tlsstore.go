// Package tlsstore hardens the store it is given, in a handler its
// factory returns (code sessionlint does not follow into).
package tlsstore

import (
	"net/http"

	"github.com/wader/gormstore/v2"
)

// New is the middleware factory.
func New(store *gormstore.Store) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			store.SessionOpts.Secure = r.TLS != nil
			store.SessionOpts.HttpOnly = true
			store.SessionOpts.SameSite = http.SameSiteLaxMode
			next.ServeHTTP(w, r)
		})
	}
}
