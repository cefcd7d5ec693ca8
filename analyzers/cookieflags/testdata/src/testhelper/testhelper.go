// Package testhelper: a store a test helper in a plain file builds serves
// no browser; the same store built in code that runs does.
package testhelper

import (
	"net/http"
	"testing"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// newTestRouter is called by the package's tests alone.
func newTestRouter() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("key"))))
	r.GET("/", func(c *gin.Context) {
		http.SetCookie(c.Writer, &http.Cookie{Name: "sid", Value: c.Query("v")})
	})
	return r
}

// Router is exported: other code runs it.
func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("key")))) // want `session cookie of cookie.NewStore is sent without HttpOnly`
	return r
}

// NewMockRouter takes the test's T: only tests can call it.
func NewMockRouter(t *testing.T) *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte(t.Name()))))
	return r
}
