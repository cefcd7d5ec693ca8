// Command captchaapp registers a signed-cookie store in main; its login
// keeps a captcha answer in the session through a type of its own whose
// constructor is named like a store.
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"

	"storewhere/captchaapp/controllers"
)

func main() {
	r := gin.Default()
	r.Use(sessions.Sessions("admin", cookie.NewStore([]byte("secret"))))
	r.POST("/login", controllers.Login)
	_ = r.Run()
}
