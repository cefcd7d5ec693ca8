// Package ctl uses gin-contrib sessions, but nothing in its module
// constructs a store: the store is configured elsewhere; with -stores=stateless the team says
// it is a signed-cookie store: not reported.
package ctl

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func Login(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil {
		return
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // -stores=stateless: not reported
	_ = s.Save()
}
