// Command fieldstore keeps its gorilla store in a struct field of
// interface type; the only store the program builds is a signed-cookie
// store, so its sessions have no server-side ID.
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/fieldstore/app"
)

func main() {
	store := sessions.NewCookieStore([]byte("e2e-hash-key-0123456789abcdef012"))
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	a := &app.App{Sessions: store}
	_ = http.ListenAndServe(":8080", a)
}
