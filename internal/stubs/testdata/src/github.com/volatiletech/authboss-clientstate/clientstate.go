// Package abclientstate is a stub of github.com/volatiletech/authboss-clientstate
// (59bd50e): authboss's session and cookie storers over gorilla/sessions.
package abclientstate

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// SessionStorer stores authboss's session state in a gorilla store.
type SessionStorer struct {
	Name string
	sessions.Store
}

// NewSessionStorer uses a gorilla CookieStore.
func NewSessionStorer(sessionName string, keypairs ...[]byte) SessionStorer {
	return SessionStorer{Name: sessionName, Store: sessions.NewCookieStore(keypairs...)}
}

// NewSessionStorerFromExisting uses the store given.
func NewSessionStorerFromExisting(sessionName string, store sessions.Store) SessionStorer {
	return SessionStorer{Name: sessionName, Store: store}
}

// CookieStorer writes authboss's cookies with these attributes.
type CookieStorer struct {
	Cookies  []string
	Domain   string
	Path     string
	MaxAge   int
	HTTPOnly bool
	Secure   bool
	SameSite http.SameSite
}

// NewCookieStorer sets Path "/", a month's MaxAge, HTTPOnly and Secure.
func NewCookieStorer(hashKey, blockKey []byte) CookieStorer {
	return CookieStorer{Path: "/", MaxAge: 2628000, HTTPOnly: true, Secure: true}
}
