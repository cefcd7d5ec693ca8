// Package helperctl: an exported router with a signed-cookie store serves
// other packages' tests alone (apitest); the program registers its redis
// store, so the sign-up writes into a server-side session.
package helperctl

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"users"
)

// SignUp makes the account from the form and keeps it in the session.
func SignUp(c *gin.Context) {
	hash, err := bcrypt.GenerateFromPassword([]byte(c.PostForm("password")), bcrypt.DefaultCost)
	if err != nil {
		return
	}
	u, err := users.Create(c.PostForm("email"), hash)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save()
}
