// Package callbacks finishes the provider's sign-in, in closures the
// router is given.
package callbacks

import (
	"net/http"

	"github.com/kataras/go-sessions/v3"

	"sessionlint.test/e2e/internal/oauth"
)

// Routes registers the provider's return, as it is and with the session
// started anew.
func Routes(mux *http.ServeMux, manager *sessions.Sessions) {
	mux.HandleFunc("GET /provider/return", func(w http.ResponseWriter, r *http.Request) {
		tok, err := oauth.Config.Exchange(r.Context(), r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, "sign-in failed", http.StatusBadGateway)
			return
		}
		s := manager.Start(w, r)
		s.Set("maintainer", oauth.Email(tok)) // e2e: sessionfixation
		http.Redirect(w, r, "/", http.StatusFound)
	})
	mux.HandleFunc("GET /provider/return-anew", func(w http.ResponseWriter, r *http.Request) {
		tok, err := oauth.Config.Exchange(r.Context(), r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, "sign-in failed", http.StatusBadGateway)
			return
		}
		// The old session goes, and with the request's cookie gone Start
		// mints a new ID.
		manager.Destroy(w, r)
		r.Header.Del("Cookie")
		s := manager.Start(w, r)
		s.Set("maintainer", oauth.Email(tok)) // e2e: clean
		http.Redirect(w, r, "/", http.StatusFound)
	})
}
