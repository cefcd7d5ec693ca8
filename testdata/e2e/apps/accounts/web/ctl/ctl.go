// Package ctl holds the handlers, as closures that factories return.
package ctl

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"sessionlint.test/e2e/apps/accounts/web/account"
	"sessionlint.test/e2e/apps/accounts/web/provider"
)

// CreateSession signs the user in under the session ID the browser came with.
func CreateSession(sm *scs.SessionManager, svc *account.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := svc.Authenticate(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
		if err != nil {
			http.Error(w, "wrong e-mail or password", http.StatusUnauthorized)
			return
		}
		sm.Put(r.Context(), "uid", u.ID) // e2e: sessionfixation
	})
}

// CreateSessionRenewed gives the session a new ID first.
func CreateSessionRenewed(sm *scs.SessionManager, svc *account.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := svc.Authenticate(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
		if err != nil {
			http.Error(w, "wrong e-mail or password", http.StatusUnauthorized)
			return
		}
		if err := sm.RenewToken(r.Context()); err != nil {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		sm.Put(r.Context(), "uid", u.ID) // e2e: clean
	})
}

// ProviderReturn finds or creates the local user for the provider's answer.
func ProviderReturn(sm *scs.SessionManager, svc *account.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := provider.ProfileByCode(r.PathValue("instance"), r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, "provider error", http.StatusBadGateway)
			return
		}
		u, err := svc.Repo.FindOrCreate(r.Context(), p.Email)
		if err != nil {
			http.Error(w, "no account", http.StatusInternalServerError)
			return
		}
		sm.Put(r.Context(), "uid", u.ID) // e2e: sessionfixation
	})
}

// UpdateEmail changes the logged-in user's e-mail and keeps the session's
// copy current: the user is the session's own, no login.
func UpdateEmail(sm *scs.SessionManager, svc *account.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := svc.Repo.ByID(r.Context(), sm.GetInt(r.Context(), "uid"))
		if err != nil {
			http.Error(w, "log in first", http.StatusUnauthorized)
			return
		}
		u.Email = r.PostFormValue("email")
		sm.Put(r.Context(), "email", u.Email) // e2e: clean
	})
}
