// Package gincontrib uses github.com/gin-contrib/sessions v1.0.4 with gin.
//
// Stores: cookie.NewStore wraps gorilla's CookieStore (Secure and
// SameSite=None by default, no HttpOnly); memstore.NewStore is server-side
// and sends no flag at all. store.Options(sessions.Options{...}) replaces
// every option, so a literal must repeat Path and MaxAge.
//
// The Session interface has no way to a new ID: Clear and Delete only remove
// values. The one escape is the wrapped gorilla session, reached through an
// interface assertion, whose ID is emptied before Save.
package gincontrib

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
)

var hashKey = []byte("e2e-hash-key-0123456789abcdef012")

// New builds the application on a server-side memstore with hardened
// options.
func New() *gin.Engine {
	r := gin.New()
	store := memstore.NewStore(hashKey) // e2e: clean
	// Hardened: every field is given, Path and MaxAge included.
	store.Options(sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
	r.Use(sessions.Sessions("sid", store))
	routes(r)
	return r
}

// NewDefaults keeps memstore's defaults: no HttpOnly, no Secure, no
// SameSite.
func NewDefaults() *gin.Engine {
	r := gin.New()
	r.Use(sessions.Sessions("sid", memstore.NewStore(hashKey))) // e2e: cookieflags
	routes(r)
	return r
}

// NewCookieStore keeps the cookie store's defaults: the session cookie is
// readable from JavaScript.
func NewCookieStore() *gin.Engine {
	r := gin.New()
	store := cookie.NewStore(hashKey) // e2e: cookieflags
	r.Use(sessions.Sessions("cart", store))
	return r
}

// NewPartialOptions hardens only HttpOnly: Options replaces everything, so
// Secure and SameSite are zero.
func NewPartialOptions() *gin.Engine {
	r := gin.New()
	store := memstore.NewStore(hashKey) // e2e: clean
	// The finding is on the replacement options, not on the constructor.
	store.Options(sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true}) // e2e: cookieflags
	r.Use(sessions.Sessions("sid", store))
	routes(r)
	return r
}

func routes(r *gin.Engine) {
	r.POST("/login", LoginVulnerable)
	r.POST("/login-cleared", LoginClearTrap)
	r.POST("/login-fixed", LoginFixed)
	r.POST("/logout", Logout)
	r.POST("/theme", SetTheme)
	r.GET("/oauth/callback", OAuthCallback)
}
