// Command testhelperapp registers a server-side store; its controllers'
// package also builds a signed-cookie store, for its tests only, and
// helperctl one for other packages' tests.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"

	"storewhere/testhelperapp/controllers"
	"storewhere/testhelperapp/helperctl"
	"storewhere/testhelperapp/livectl"
)

func main() {
	store, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	r := gin.Default()
	r.Use(sessions.Sessions("app", store))
	r.POST("/login", controllers.Login)
	r.POST("/other/login", livectl.Login)
	r.POST("/kit/signup", helperctl.SignUp)
	_ = r.Run()
}
