// Package ginweb: a current user a middleware put in the context is the
// session's own user, stored again.
package ginweb

import (
	"context"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"

	"provenance/accounts"
)

func refresh(c *gin.Context) {
	u := c.MustGet("user").(*accounts.Account)
	a, err := accounts.Accounts.ByID(context.TODO(), u.ID)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", a.ID)
	_ = s.Save()
}

func login(c *gin.Context) {
	a, err := accounts.Default.Verify(context.TODO(), c.PostForm("email"), c.PostForm("password"))
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", a.ID) // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save()
}
