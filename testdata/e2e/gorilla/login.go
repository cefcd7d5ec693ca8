package gorilla

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// Routes registers the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", LoginVulnerable)
	mux.HandleFunc("POST /login-fixed", LoginFixed)
	mux.HandleFunc("POST /login-cleared", LoginClearedValues)
	mux.HandleFunc("POST /login-cart", LoginCookieStore)
	mux.HandleFunc("POST /logout", Logout)
	mux.HandleFunc("POST /theme", SetTheme)
	mux.HandleFunc("GET /oauth/callback", OAuthCallback)
}

// LoginVulnerable writes the user into the session the browser presented:
// an attacker who planted that session ID is now logged in as the victim.
func LoginVulnerable(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := fsStore.Get(r, "sid")
	sess.Values["user_id"] = u.ID // e2e: sessionfixation
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginFixed erases the old record, then empties the ID so that Save mints
// a new one before the identity is stored.
func LoginFixed(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := fsStore.Get(r, "sid")
	sess.Options.MaxAge = -1
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Options.MaxAge = 86400
	sess.ID = ""
	sess.Values["user_id"] = u.ID // e2e: clean
	if err := sess.Save(r, w); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginClearedValues replaces Values with an empty map before the write.
// That clears the data but keeps the ID: still fixation.
func LoginClearedValues(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	sess, _ := fsStore.Get(r, "sid")
	sess.Values = map[interface{}]interface{}{}
	sess.Values["user_id"] = u.ID // e2e: sessionfixation
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginCookieStore logs in on the stateless CookieStore: the whole session
// is re-encoded into the cookie on Save, so there is no server-side ID an
// attacker could have fixed.
func LoginCookieStore(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		sess, _ := cookieStore.Get(r, "cart")
		sess.AddFlash("invalid credentials") // e2e: clean
		_ = sess.Save(r, w)
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	sess, _ := cookieStore.Get(r, "cart")
	sess.Values["user_id"] = u.ID // e2e: clean
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Logout removes the identity and deletes the session.
func Logout(w http.ResponseWriter, r *http.Request) {
	sess, _ := fsStore.Get(r, "sid")
	delete(sess.Values, "user_id") // e2e: clean
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// SetTheme stores a preference for a logged-in user: not an identity.
func SetTheme(w http.ResponseWriter, r *http.Request) {
	sess, _ := fsStore.Get(r, "sid")
	if sess.Values["user_id"] == nil {
		http.Error(w, "login first", http.StatusUnauthorized)
		return
	}
	sess.Values["theme"] = r.FormValue("theme") // e2e: clean
	_ = sess.Save(r, w)
}

// OAuthCallback trades the authorization code for a token and stores the
// provider's identity in the pre-login session.
func OAuthCallback(w http.ResponseWriter, r *http.Request) {
	sess, _ := fsStore.Get(r, "sid")
	if r.FormValue("state") != sess.Values["oauth_state"] {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	tok, err := oauth.Config.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	sess.Values["email"] = oauth.Email(tok) // e2e: sessionfixation
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
