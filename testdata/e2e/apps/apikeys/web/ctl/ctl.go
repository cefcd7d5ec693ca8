// Package ctl signs a client in on any request that carries an access key.
package ctl

import (
	"net/http"

	"sessionlint.test/e2e/apps/apikeys/web/keys"
	"sessionlint.test/e2e/apps/gorillafs/web/mw"
)

// keepUser writes the user into the request's session.
func keepUser(w http.ResponseWriter, r *http.Request, user string) {
	s := mw.Session(r)
	s.Values["username"] = user
	_ = s.Save(r, w)
}

// AutoSignIn signs the key's user in, then serves the request.
func AutoSignIn(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := keys.UserOf(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		if user != "" {
			keepUser(w, r, user) // e2e: sessionfixation
		}
		next.ServeHTTP(w, r)
	})
}

// AutoSignInRenewed expires the old session and gives the user a new ID.
func AutoSignInRenewed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if user, err := keys.UserOf(r); err == nil && user != "" {
			s := mw.Session(r)
			s.Options.MaxAge = -1
			_ = s.Save(r, w)
			s.Options.MaxAge = 86400
			s.ID = ""
			s.Values["username"] = user // e2e: clean
			_ = s.Save(r, w)
		}
		next.ServeHTTP(w, r)
	})
}
