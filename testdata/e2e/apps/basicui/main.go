// Command basicui builds the store the handlers use: a filesystem store
// whose defaults only the logout would send (every login sets its own
// options).
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/basicui/auth"
	"sessionlint.test/e2e/apps/basicui/web"
)

func main() {
	store := sessions.NewFilesystemStore("", []byte("e2e-hash-key-0123456789abcdef012"))
	store.Options.HttpOnly, store.Options.Secure, store.Options.SameSite = true, true, http.SameSiteLaxMode
	h := &web.Handler{Store: store, Passwords: &auth.Passwords{}}
	http.HandleFunc("/login", h.Login)
	_ = http.ListenAndServe(":8080", nil)
}
