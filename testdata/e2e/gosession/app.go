// Package gosession uses github.com/go-session/session/v3 (v3.2.1).
//
// The cookie is always HttpOnly with Path=/; Secure follows SetSecure (and
// the request); SameSite is sent only with SetSameSite. Refresh gives the
// session a new ID and returns the Store to use from then on: the Store
// obtained from Start before it still writes under the old ID.
package gosession

import (
	"net/http"

	"github.com/go-session/session/v3"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

var signKey = []byte("e2e-sign-key-0123456789abcdef012")

// manager is the hardened manager the handlers use.
var manager = session.NewManager( // e2e: clean
	session.SetCookieName("sid"),
	session.SetSign(signKey),
	session.SetSecure(true),
	session.SetSameSite(http.SameSiteLaxMode),
	session.SetEnableSIDInURLQuery(false),
)

// NewDefaultManager sends no SameSite attribute.
func NewDefaultManager() *session.Manager {
	return session.NewManager(session.SetCookieName("sid"), session.SetSign(signKey), session.SetEnableSIDInURLQuery(false)) // e2e: cookieflags
}

// Routes registers the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", LoginVulnerable)
	mux.HandleFunc("POST /login-fixed", LoginFixed)
	mux.HandleFunc("POST /login-refresh-ignored", LoginRefreshIgnored)
	mux.HandleFunc("POST /logout", Logout)
	mux.HandleFunc("POST /theme", SetTheme)
	mux.HandleFunc("GET /oauth/callback", OAuthCallback)
}

// LoginVulnerable writes the user into the session the browser presented.
func LoginVulnerable(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	store, err := manager.Start(r.Context(), w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	store.Set("user_id", u.ID) // e2e: sessionfixation
	if err := store.Save(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginFixed refreshes the session and writes through the returned Store.
func LoginFixed(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	store, err := manager.Refresh(r.Context(), w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	store.Set("user_id", u.ID) // e2e: clean
	if err := store.Save(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginRefreshIgnored calls Refresh but keeps writing through the Store
// from Start: the identity is saved under the old ID, which is re-created.
func LoginRefreshIgnored(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	store, err := manager.Start(r.Context(), w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if _, err := manager.Refresh(r.Context(), w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	store.Set("user_id", u.ID) // e2e: sessionfixation
	_ = store.Save()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Logout destroys the session.
func Logout(w http.ResponseWriter, r *http.Request) {
	if err := manager.Destroy(r.Context(), w, r); err != nil { // e2e: clean
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// SetTheme stores a preference: not an identity.
func SetTheme(w http.ResponseWriter, r *http.Request) {
	store, err := manager.Start(r.Context(), w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if _, ok := store.Get("user_id"); !ok {
		http.Error(w, "login first", http.StatusUnauthorized)
		return
	}
	store.Set("theme", r.FormValue("theme")) // e2e: clean
	_ = store.Save()
}

// OAuthCallback stores the provider's identity in the pre-login session,
// through the package-level Start of the default manager.
func OAuthCallback(w http.ResponseWriter, r *http.Request) {
	tok, err := oauth.Config.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	store, err := session.Start(r.Context(), w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	store.Set("email", oauth.Email(tok)) // e2e: sessionfixation
	_ = store.Save()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
