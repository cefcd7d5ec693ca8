package scsv2

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// LoginVulnerable puts the user into the session under the token the
// browser presented.
func LoginVulnerable(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginFixed renews the token before the identity is stored.
func LoginFixed(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // e2e: clean
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginClearTrap clears the session first: "the session token and lifetime
// are unaffected", so the identity still lands under the old token.
func LoginClearTrap(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := sm.Clear(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginDestroyThenPut destroys the old session; the Put that follows
// starts a session with an empty token, and the commit mints a new one.
func LoginDestroyThenPut(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := sm.Destroy(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // e2e: clean
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Logout renews the token and removes the identity.
func Logout(w http.ResponseWriter, r *http.Request) {
	if err := sm.RenewToken(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sm.Remove(r.Context(), "userID") // e2e: clean
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// SetTheme stores a preference: not an identity.
func SetTheme(w http.ResponseWriter, r *http.Request) {
	if !sm.Exists(r.Context(), "userID") {
		http.Error(w, "login first", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "theme", r.FormValue("theme")) // e2e: clean
}

// OAuthCallback stores the provider's identity under the pre-login token.
func OAuthCallback(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("state") != sm.PopString(r.Context(), "oauth_state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := oauth.Config.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	sm.Put(r.Context(), "email", oauth.Email(tok)) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
