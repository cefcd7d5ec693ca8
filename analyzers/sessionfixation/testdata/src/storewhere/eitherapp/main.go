// Command eitherapp chooses its store at run time: Redis when configured,
// a signed-cookie store otherwise.
package main

import (
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"storewhere/eitherapp/controllers"
)

func main() {
	var store sessions.Store
	if os.Getenv("REDIS") != "" {
		store, _ = redis.NewStore(10, "tcp", os.Getenv("REDIS"), "", "", []byte("secret"))
	} else {
		store = cookie.NewStore([]byte("secret"))
	}
	r := gin.Default()
	r.Use(sessions.Sessions("app", store))
	r.POST("/login", controllers.Login)
	_ = r.Run()
}
