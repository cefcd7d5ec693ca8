// Package controllers is bothapp's handlers: the cookie store the program
// builds serves other sessions, so the message does not name it.
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
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed; set s.\(interface\{ Session\(\) \*gsessions.Session \}\).Session\(\).ID = "" before Save \(gin-contrib/sessions has no regenerate call\)$`
	_ = s.Save()
}
