// Package controllers is the application's handlers; the store is
// registered by main.
package controllers

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/gincookie/util"
	"sessionlint.test/e2e/internal/users"
)

func Routes(r *gin.Engine) {
	r.POST("/login", Login)
	r.POST("/login/keys", LoginKeys)
	r.POST("/login/renewed", LoginRenewed)
	r.POST("/login/profile", LoginProfile)
	r.POST("/admin/impersonate", ImpersonateUser)
}

func check(c *gin.Context) (users.User, bool) {
	u, ok := users.Lookup(c.PostForm("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.PostForm("password"))) != nil {
		return users.User{}, false
	}
	return u, true
}

// Login writes the identity through a helper that takes a map of keys.
func Login(c *gin.Context) {
	u, ok := check(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	_ = util.SetSession(c, map[string]any{"user_id": u.ID, "lang": "en"}) // e2e: clean
}

// LoginKeys writes three identity keys through a helper: one bug, one report.
func LoginKeys(c *gin.Context) {
	u, ok := check(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	_ = util.SetUser(c, u.ID, u.Name) // e2e: clean
}

// LoginRenewed goes through the helper that renews the ID first.
func LoginRenewed(c *gin.Context) {
	u, ok := check(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	_ = util.LogIn(c, map[string]any{"user_id": u.ID}) // e2e: clean
}

// LoginProfile stores the user record under a key that says nothing: the
// value is the authenticated user.
func LoginProfile(c *gin.Context) {
	u, ok := check(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	_ = util.Set(c, "theme", "dark")
	_ = util.Set(c, "profile", u) // e2e: clean
}

// ImpersonateUser lets an administrator act as another user: a privilege
// change is an authentication event.
func ImpersonateUser(c *gin.Context) {
	if c.GetHeader("X-Admin-Token") == "" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = util.Set(c, "impersonate_user", c.PostForm("user")) // e2e: clean
}
