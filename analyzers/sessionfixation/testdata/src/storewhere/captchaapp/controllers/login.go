// Package controllers is captchaapp's handlers: the only session store the
// module builds is the signed-cookie one in main (the captcha's
// NewSessionStore is none), so there is no server-side ID to fix.
package controllers

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"storewhere/captchaapp/captcha"
	"users"
)

func Login(c *gin.Context) {
	if !captcha.NewSessionStore(c).Verify(c.PostForm("captcha")) {
		c.AbortWithStatus(400)
		return
	}
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil {
		return
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // stateless: not reported
	_ = s.Save()
}
