// Command gorillaregistry serves its handlers behind a middleware that
// keeps gorilla's per-request Registry, and the store, in the request's
// context; a generic store (session.Store[V]) reads them back.
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/gorillaregistry/session"
	"sessionlint.test/e2e/apps/gorillaregistry/web"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	store := sessions.NewFilesystemStore("", key)
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	mux := http.NewServeMux()
	mux.HandleFunc("/login", web.Login)
	mux.HandleFunc("/login-fresh", web.LoginFresh)
	mux.HandleFunc("/theme", web.Theme)
	_ = http.ListenAndServe(":8080", session.Middleware(store, mux))
}
