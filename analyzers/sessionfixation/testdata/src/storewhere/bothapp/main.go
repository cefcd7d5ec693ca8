// Command bothapp builds two stores, each for its own sessions: a
// signed-cookie one for flash messages and a Redis one for the login.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"storewhere/bothapp/controllers"
)

func main() {
	flash := cookie.NewStore([]byte("secret"))
	users, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	r := gin.Default()
	r.Use(sessions.SessionsMany([]string{"flash"}, flash))
	r.Use(sessions.Sessions("app", users))
	r.POST("/login", controllers.Login)
	_ = r.Run()
}
