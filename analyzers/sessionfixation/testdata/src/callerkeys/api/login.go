// Package api logs users in through util's helpers.
package api

import (
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"callerkeys/util"
	"users"
)

func Routes(r *gin.Engine) {
	r.POST("/login", login)
	r.POST("/login2", loginKey)
	r.POST("/login3", loginRenewed)
	r.POST("/prefs", prefs)
}

func login(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	util.SetSession(c, map[string]interface{}{"user_id": u.ID, "theme": u.Theme}) // want `SetSession stores user identity in the session before its ID is renewed`
}

func loginKey(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	util.Set(c, "theme", u.Theme) // not identity
	util.Set(c, "uid", u.ID)      // want `Set stores user identity in the session before its ID is renewed`
}

// The clean twin: the helper renews the ID before it writes.
func loginRenewed(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	util.SetRenewed(c, map[string]interface{}{"user_id": u.ID})
}

// Not a login: the same helper with keys that are not identity.
func prefs(c *gin.Context) {
	u, err := users.FindByEmail(c.PostForm("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(401)
		return
	}
	util.SetSession(c, map[string]interface{}{"theme": u.Theme, "lang": "en"})
}
