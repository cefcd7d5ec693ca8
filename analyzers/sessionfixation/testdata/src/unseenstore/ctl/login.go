// Package ctl uses gin-contrib sessions, but nothing in its module
// constructs a store: the store is configured elsewhere (a framework, a
// plugin), so the session is assumed server-side and the message says so.
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
	s.Set("user_id", u.ID) // want `the store behind this session is configured outside this module and is assumed to be server-side`
	_ = s.Save()
}
