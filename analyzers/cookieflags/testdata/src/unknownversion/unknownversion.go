// Package unknownversion has no go.mod and the library's file paths carry
// no version: the newest defaults are assumed, and the message says so.
package unknownversion

import "github.com/gorilla/sessions"

var store = sessions.NewCookieStore([]byte("key")) // want `session cookie of sessions.NewCookieStore is sent without HttpOnly and with SameSite=None by default \(the version of github.com/gorilla/sessions is unknown: the newest one's defaults are assumed\)`
