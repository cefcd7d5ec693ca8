// Package controllers is eitherapp's handlers: the login keeps the ID the
// client came with when the Redis store serves it, and the message says
// that the cookie store the program may choose instead needs no renewal.
package controllers

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
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed; .* \(this holds where a server-side store serves the session; the module also builds a signed-cookie store, cookie\.NewStore at eitherapp/main\.go:21, which needs none\)`
	_ = s.Save()
}
