package controllers

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

// newTestRouter is for the package's tests: its signed-cookie store serves
// no browser and does not decide the program's store.
func newTestRouter(h *Handler) *gin.Engine {
	r := gin.New()
	r.Use(sessions.Sessions("app", cookie.NewStore([]byte("test-key")))) // e2e: clean
	h.Routes(r)
	return r
}
