package livectl

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// Router is exported: other code runs it.
func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("secret"))))
	r.POST("/login", Login)
	return r
}
