// Package mw keeps a signed-cookie store in an exported variable; main
// completes its configuration (Secure and SameSite) from its own settings.
package mw

import "github.com/gorilla/sessions"

// Store is configured further by main.
var Store = sessions.NewCookieStore([]byte("e2e-hash-key-0123456789abcdef012")) // e2e: clean

func init() {
	Store.Options.HttpOnly = true
}
