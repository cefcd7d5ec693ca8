// Command gormapp keeps its sessions in gin-contrib's gorm store, whose
// Save finds the session's row by the request's cookie (wader/gormstore).
package main

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/gorm"
	"github.com/gin-gonic/gin"
	gormdb "gorm.io/gorm"

	"storewhere/gormapp/controllers"
)

func main() {
	store := gorm.NewStore(&gormdb.DB{}, true, []byte("secret"))
	r := gin.Default()
	r.Use(sessions.Sessions("app", store))
	r.POST("/login", controllers.Login)
	r.POST("/login2", controllers.LoginClearsID)
	r.POST("/login3", controllers.LoginDeletesFirst)
	_ = r.Run()
}
