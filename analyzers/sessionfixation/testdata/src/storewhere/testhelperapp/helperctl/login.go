// Package helperctl: an exported router with a signed-cookie store serves
// other packages' tests alone (apitest); the program registers its redis
// store, so the login writes into a server-side session.
package helperctl

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
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save()
}
