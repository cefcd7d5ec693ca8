// Command cookieapp registers a signed-cookie store in main; its handlers,
// in another package, get their sessions from gin-contrib without naming
// the store.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"storewhere/cookieapp/controllers"
)

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("secret"))))
	r.POST("/login", controllers.Login)
	_ = r.Run()
}
