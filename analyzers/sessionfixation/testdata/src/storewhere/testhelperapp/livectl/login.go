// Package livectl: the package registers a signed-cookie store in code that
// runs (Router): its sessions are stateless, the write no bug.
package livectl

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
	s.Set("user_id", u.ID)
	_ = s.Save()
}
