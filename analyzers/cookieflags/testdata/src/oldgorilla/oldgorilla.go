// Package oldgorilla is a module whose go.mod selects gorilla/sessions
// v1.2.2, older than v1.3.0: CookieStore's defaults set neither Secure
// nor SameSite, and gin-contrib's cookie store, a CookieStore, inherits
// them. The version comes from go.mod because the library's file paths
// carry none (as with -mod=vendor or a replace by a directory).
package oldgorilla

import (
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gorilla/sessions"
	hertzcookie "github.com/hertz-contrib/sessions/cookie"
)

var store = sessions.NewCookieStore([]byte("key")) // want `session cookie of sessions.NewCookieStore is sent without HttpOnly, Secure and SameSite; set`

var ginStore = cookie.NewStore([]byte("key")) // want `session cookie of cookie.NewStore is sent without HttpOnly, Secure and SameSite; call Options`

// hertz-contrib's cookie store is a CookieStore too.
var hertzStore = hertzcookie.NewStore([]byte("key")) // want `session cookie of cookie.NewStore is sent without HttpOnly, Secure and SameSite; call Options`
