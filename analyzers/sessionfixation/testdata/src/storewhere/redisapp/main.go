// Command redisapp is cookieapp's twin with a server-side store.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"storewhere/redisapp/controllers"
)

func main() {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	r := gin.Default()
	r.Use(sessions.Sessions("app", store))
	r.POST("/login", controllers.Login)
	_ = r.Run()
}
