// Command ginservice registers a server-side store and hands the handlers
// a member service of another package.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"

	"sessionlint.test/e2e/apps/ginservice/controllers"
	"sessionlint.test/e2e/apps/ginservice/members"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	r := gin.New()
	r.Use(sessions.Sessions("app", memstore.NewStore(key))) // e2e: cookieflags
	controllers.New(members.NewDirectory()).Routes(r)
	_ = r.Run(":8080")
}
