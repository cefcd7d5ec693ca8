// Package simplesessions logs users in with zerodha/simplesessions on its
// memory store.
package simplesessions

import (
	"net/http"

	"github.com/zerodha/simplesessions/stores/memory/v3"
	"github.com/zerodha/simplesessions/v3"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
	"sessionlint.test/e2e/simplesessions/hooks"
)

var manager = simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "session", IsHTTPOnly: true, IsSecure: true, SameSite: http.SameSiteLaxMode}})

// hooked's cookies go through these hooks, which add SameSite.
var hooked = hooks.NewManager(&hooks.Callbacks{
	GetCookie: func(name string, r interface{}) (*http.Cookie, error) {
		return r.(*http.Request).Cookie(name)
	},
	SetCookie: func(cookie *http.Cookie, w interface{}) error {
		cookie.SameSite = http.SameSiteLaxMode
		http.SetCookie(w.(http.ResponseWriter), cookie)
		return nil
	},
})

func init() {
	manager.UseStore(memory.New())
	hooked.UseStore(memory.New())
}

// Login writes the user into the session the browser already has.
func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.PostFormValue("name"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))) != nil {
		return
	}
	sess, err := manager.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	_ = sess.Set("user_id", u.ID) // e2e: sessionfixation
}

// LoginNewSession creates a session with a new ID first.
func LoginNewSession(w http.ResponseWriter, r *http.Request) {
	u, ok := users.Lookup(r.PostFormValue("name"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.PostFormValue("password"))) != nil {
		return
	}
	sess, err := manager.NewSession(r, w)
	if err != nil {
		return
	}
	_ = sess.Set("user_id", u.ID) // e2e: clean
}
