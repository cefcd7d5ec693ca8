package helperctl

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// KitRouter is exported for other packages' tests, in a plain file:
// no program of the module calls it.
func KitRouter() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("secret"))))
	r.POST("/signup", SignUp)
	return r
}
