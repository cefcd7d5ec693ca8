// Package onereport: one login that writes several identity keys without
// renewing the session is one bug, so one report, at the first write, with
// the other writes as related information.
package onereport

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sm = scs.New()

func login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "user_id", u.ID) // want `user identity is stored in the session before its ID is renewed`
	sm.Put(r.Context(), "email", u.Email)
	sm.Put(r.Context(), "is_admin", u.IsAdmin)
}

// handleLoggedIn writes three identity keys; each caller that
// authenticates gets one report at the call.
func handleLoggedIn(ctx context.Context, u *users.User) {
	sm.Put(ctx, "user_id", u.ID)
	sm.Put(ctx, "email", u.Email)
	sm.Put(ctx, "role", "member")
}

func loginViaHelper(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	handleLoggedIn(r.Context(), u) // want `handleLoggedIn stores user identity in the session before its ID is renewed`
}

// The clean twin: renewed once, before all the writes.
func loginRenewed(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	handleLoggedIn(r.Context(), u)
	sm.Put(r.Context(), "user_id", u.ID)
}

// Two login paths in one handler, each without renewal: two reports.
func loginTwoWays(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if r.FormValue("code") != "" {
		if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("code"))) != nil {
			return
		}
		handleLoggedIn(r.Context(), u) // want `handleLoggedIn stores user identity`
		return
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	handleLoggedIn(r.Context(), u) // want `handleLoggedIn stores user identity`
}

// A password that passed, with a second factor to come: the session holds
// who is half logged in, not a login. The second factor's handler is the
// one judged.
func loginFirstFactor(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	sm.Put(r.Context(), "mfaUserID", u.ID)
	sm.Put(r.Context(), "2fa_user_id", u.ID)
}

func isAdmin(r *http.Request) bool { return r.Header.Get("X-Admin") != "" }

// An admin acts as another user: a privilege change is an authentication
// event.
func impersonateUser(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sm.Put(r.Context(), "impersonateUser", r.FormValue("username")) // want `user identity is stored in the session before its ID is renewed`
}

// The clean twin.
func impersonateRenewed(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	sm.Put(r.Context(), "impersonateUser", r.FormValue("username"))
}

// Leaving impersonation clears the key: a zero value is not identity.
func exitImpersonation(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "impersonateUser", "")
}
