// Package ginmw sets SameSite in a middleware: the handlers behind it
// inherit it, so their SetCookie calls are not reported for SameSite.
package ginmw

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func sameSite() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.SetSameSite(http.SameSiteLaxMode)
		c.Next()
	}
}

func handler(c *gin.Context, sid string) {
	c.SetCookie("sid", sid, 3600, "/", "", true, true)
}

func handlerInsecure(c *gin.Context, sid string) {
	c.SetCookie("sid", sid, 3600, "/", "", true, false) // want `cookie "sid" is sent without HttpOnly; pass true for httpOnly`
}

func setup(r *gin.Engine) {
	r.Use(sameSite())
	r.GET("/", func(c *gin.Context) { handler(c, "x") })
}
