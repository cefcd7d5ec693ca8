// Command ginmem registers a server-side store: the logins keep the ID the browser came with.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"

	"sessionlint.test/e2e/apps/ginmem/controllers"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	r := gin.New()
	r.Use(sessions.Sessions("app", memstore.NewStore(key)))
	controllers.Routes(r)
	_ = r.Run(":8080")
}
