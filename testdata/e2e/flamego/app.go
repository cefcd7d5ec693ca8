// Package flamego uses github.com/flamego/session (v1.6.5, whose API is
// v1.6.6's) on github.com/flamego/flamego.
//
// The Sessioner middleware injects session.Session into the handlers and
// saves it after them. s.RegenerateID(w, r) gives the session a new ID, but
// not on the default memory store, whose index keeps the old ID: the app
// uses the file store. Flush, Delete and Store.Destroy keep the ID. The
// cookie is HttpOnly only when the whole CookieOptions is zero: setting
// Secure alone turns HttpOnly off.
package flamego

import (
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

// NewDefault keeps every default: the memory store and a cookie without
// Secure.
func NewDefault() *flamego.Flame {
	f := flamego.New()
	f.Use(session.Sessioner()) // e2e: cookieflags
	return f
}

// NewSecureOnly asks for Secure and, without knowing it, loses HttpOnly.
func NewSecureOnly() *flamego.Flame {
	f := flamego.New()
	f.Use(session.Sessioner(session.Options{
		Initer: session.FileIniter(),
		Config: session.FileConfig{RootDir: "data/sessions"},
		Cookie: session.CookieOptions{Name: "sid", Secure: true}, // e2e: cookieflags
	}))
	return f
}

// New is the hardened app: the file store, HttpOnly and Secure.
func New() *flamego.Flame {
	f := flamego.New()
	f.Use(session.Sessioner(session.Options{
		Initer: session.FileIniter(),
		Config: session.FileConfig{RootDir: "data/sessions"},
		Cookie: session.CookieOptions{Name: "sid", Secure: true, HTTPOnly: true}, // e2e: clean
	}))
	f.Post("/login", LoginVulnerable)
	f.Post("/login-fixed", LoginFixed)
	f.Post("/login-flushed", LoginFlushTrap)
	f.Post("/login-destroyed", LoginDestroyTrap)
	f.Post("/login-renewed", LoginDestroyRegenerate)
	f.Post("/theme", SetTheme)
	f.Post("/logout", Logout)
	return f
}

func check(r *http.Request) (users.User, bool) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return users.User{}, false
	}
	return u, true
}

// LoginVulnerable writes the user into the session under the ID the
// browser presented.
func LoginVulnerable(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	s.Set("uid", u.ID) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginFixed regenerates the ID before the identity is stored.
func LoginFixed(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	if err := s.RegenerateID(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.Set("uid", u.ID) // e2e: clean
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginFlushTrap flushes the values; the ID stays.
func LoginFlushTrap(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	s.Flush()
	s.Set("uid", u.ID) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginDestroyTrap deletes the record; the end-of-request Save re-creates
// it under the same ID, with the identity.
func LoginDestroyTrap(w http.ResponseWriter, r *http.Request, s session.Session, store session.Store) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	_ = store.Destroy(r.Context(), s.ID())
	s.Set("uid", u.ID) // e2e: sessionfixation
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// LoginDestroyRegenerate is the full renewal: the old record is deleted
// and the session gets a new ID.
func LoginDestroyRegenerate(w http.ResponseWriter, r *http.Request, s session.Session, store session.Store) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "invalid credentials", http.StatusUnauthorized)
		return
	}
	_ = store.Destroy(r.Context(), s.ID())
	if err := s.RegenerateID(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.Set("uid", u.ID) // e2e: clean
}

// SetTheme writes a preference after the check: not identity.
func SetTheme(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, ok := check(r)
	if !ok {
		return
	}
	s.Set("theme", u.Name+"-dark") // e2e: clean
}

// Logout clears the session.
func Logout(s session.Session) {
	s.Delete("uid")
	s.Flush()
}
