// Package gincookie registers a signed-cookie store: its sessions are
// stateless, identity writes are not fixation.
package gincookie

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func Router() *gin.Engine {
	r := gin.Default()
	r.Use(sessions.Sessions("sid", cookie.NewStore([]byte("secret"))))
	r.POST("/login", login)
	return r
}

func login(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))); err != nil {
		c.AbortWithStatus(401)
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID)
	_ = s.Save()
}
