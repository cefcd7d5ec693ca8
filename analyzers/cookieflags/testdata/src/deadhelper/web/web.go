// Package web makes cookies for its program: one the program sends, one an
// exported helper nothing in the module calls any more makes; and installs
// session stores: one for the program, one in a helper only other
// packages' tests call (in a plain file).
package web

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// SessionCookie is what main sends.
func SessionCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: sid, HttpOnly: true} // want `cookie "sid" is sent without Secure and SameSite`
}

// OldCookie is called by no program of the module.
func OldCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "old_sid", Value: sid}
}

// Sessions installs the program's session store.
func Sessions(r *gin.Engine) {
	store := cookie.NewStore([]byte("secret")) // want `session cookie of cookie.NewStore is sent without HttpOnly`
	r.Use(sessions.Sessions("s", store))
}

// SetupSession installs a store for tests of other packages (routes'):
// no program calls it, and its cookie reaches no browser.
func SetupSession(r *gin.Engine) {
	store := cookie.NewStore([]byte("secret"))
	r.Use(sessions.Sessions("s", store))
}

// Unwired installs a store nothing calls yet: judged all the same.
func Unwired(r *gin.Engine) {
	store := cookie.NewStore([]byte("secret")) // want `session cookie of cookie.NewStore is sent without HttpOnly`
	r.Use(sessions.Sessions("s", store))
}
