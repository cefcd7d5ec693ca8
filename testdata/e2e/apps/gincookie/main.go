// Command gincookie registers a signed-cookie store: the sessions have no server-side ID, nothing is reported.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"sessionlint.test/e2e/apps/gincookie/controllers"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	r := gin.New()
	r.Use(sessions.Sessions("app", cookie.NewStore(key)))
	controllers.Routes(r)
	_ = r.Run(":8080")
}
