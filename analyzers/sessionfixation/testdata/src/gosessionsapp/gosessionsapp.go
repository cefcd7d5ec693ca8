// Package gosessionsapp keeps its logins in kataras/go-sessions, which has
// no regenerate call: Start keeps the ID the request's cookie carries.
package gosessionsapp

import (
	"net/http"

	"github.com/kataras/go-sessions/v3"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/oauth2"

	"users"
)

var manager = sessions.New(sessions.Config{Cookie: "app_sid", DisableSubdomainPersistence: true})

var provider = &oauth2.Config{}

// providerCallback finishes an OAuth login in the session the browser
// brought.
func providerCallback(w http.ResponseWriter, r *http.Request) {
	token, err := provider.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	s := manager.Start(w, r)
	s.Set("access_token", token.AccessToken) // want `^user identity is stored in the session before its ID is renewed; destroy s, strip the session cookie from the request and Start a new session first \(go-sessions has no regenerate call\)$`
	http.Redirect(w, r, "/", http.StatusFound)
}

func authenticate(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	return u, err == nil && bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) == nil
}

// login drops the old session and the request's cookie, so Start mints a
// new ID.
func login(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	manager.Destroy(w, r)
	r.Header.Del("Cookie")
	s := manager.Start(w, r)
	s.Set("user_id", u.ID)
}

// loginDestroyOnly destroys the session but Start finds the old ID in the
// request again.
func loginDestroyOnly(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	manager.Destroy(w, r)
	s := manager.Start(w, r)
	s.Set("user_id", u.ID) // want `before its ID is renewed \(Destroy keeps the session ID\)`
}

// rememberTab writes no identity.
func rememberTab(w http.ResponseWriter, r *http.Request) {
	s := manager.Start(w, r)
	s.Set("tab", r.FormValue("tab"))
}
