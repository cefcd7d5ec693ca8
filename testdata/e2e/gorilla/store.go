// Package gorilla uses github.com/gorilla/sessions v1.4.0 from plain net/http
// handlers.
//
// Store defaults (v1.4.0): NewCookieStore sends Path=/, 30 days, Secure and
// SameSite=None, but no HttpOnly; NewFilesystemStore sends Path=/ and 30 days
// with no flag at all. Neither store has a "regenerate" call: a server-side
// store mints a new ID in Save when session.ID is "", and a CookieStore keeps
// the whole session in the signed cookie, so it has no ID to fix.
package gorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var (
	hashKey  = []byte("e2e-hash-key-0123456789abcdef012")
	blockKey = []byte("e2e-block-key-0123456789abcdef01")
)

// Two stores, as an application migrating from one to the other would have:
// server-side sessions for logins, a signed cookie for the shopping cart.
var (
	fsStore     = newFilesystemStore("")
	cookieStore = newCookieStore()
)

// newFilesystemStore keeps the defaults: no HttpOnly, no Secure, no
// SameSite on the session cookie.
func newFilesystemStore(dir string) *sessions.FilesystemStore {
	return sessions.NewFilesystemStore(dir, hashKey, blockKey) // e2e: cookieflags
}

// newCookieStore keeps the v1.4.0 defaults: Secure and SameSite=None, but
// the cookie is readable from JavaScript.
func newCookieStore() *sessions.CookieStore {
	return sessions.NewCookieStore(hashKey, blockKey) // e2e: cookieflags
}

// NewHardenedStore sets the missing flags on the store's options, which
// every new session copies.
func NewHardenedStore(dir string) *sessions.FilesystemStore {
	s := sessions.NewFilesystemStore(dir, hashKey, blockKey) // e2e: clean
	s.Options.HttpOnly = true
	s.Options.Secure = true
	s.Options.SameSite = http.SameSiteLaxMode
	return s
}

// NewReplacedOptionsStore replaces the whole Options struct: the fields left
// out (Secure, SameSite) become zero.
func NewReplacedOptionsStore(dir string) *sessions.FilesystemStore {
	s := sessions.NewFilesystemStore(dir, hashKey, blockKey) // e2e: clean
	// Secure and SameSite are not repeated here, so they end up zero.
	s.Options = &sessions.Options{ // e2e: cookieflags
		Path:     "/",
		MaxAge:   86400,
		HttpOnly: true,
	}
	return s
}

// NewReplacedOptionsStoreHardened replaces Options with a complete struct.
func NewReplacedOptionsStoreHardened(dir string) *sessions.FilesystemStore {
	s := sessions.NewFilesystemStore(dir, hashKey, blockKey) // e2e: clean
	// Every field is given, so nothing falls back to zero.
	s.Options = &sessions.Options{ // e2e: clean
		Path:     "/",
		MaxAge:   86400,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
	return s
}
