// Package mw keeps the session store in an exported variable; main sets
// Secure from its configuration, so only main shows it.
package mw

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var Store = sessions.NewFilesystemStore("/var/lib/app", []byte("key"))

func init() {
	Store.Options.HttpOnly = true
	Store.Options.SameSite = http.SameSiteLaxMode
}
