package controllers

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// newTestRouter is called by the package's tests alone.
func newTestRouter() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("secret"))))
	r.POST("/login", Login)
	return r
}
