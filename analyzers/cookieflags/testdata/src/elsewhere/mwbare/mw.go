// Package mwbare is mw's twin that nobody configures further.
package mwbare

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var Store = sessions.NewFilesystemStore("/var/lib/app", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without Secure`

func init() {
	Store.Options.HttpOnly = true
	Store.Options.SameSite = http.SameSiteLaxMode
}
