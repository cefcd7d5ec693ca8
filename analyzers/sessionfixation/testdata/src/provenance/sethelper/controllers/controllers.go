// Package controllers logs users in through a helper of another package
// that writes the session, after a model of a third package checked the
// credentials: no check in sight, the identity's provenance decides.
package controllers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"provenance/sethelper/helpers"
	"provenance/sethelper/models"
)

type SignupForm struct {
	Email    string `form:"email" binding:"required"`
	Password string `form:"password" binding:"required"`
	Name     string `form:"name"`
}

func Login(c *gin.Context) {
	email := c.PostForm("email")
	password := c.PostForm("password")
	user, err := models.UserFindByEmailAndPassword(email, password)
	if err != nil {
		c.String(http.StatusUnauthorized, "no")
		return
	}
	helpers.SessionSet(c, uint64(user.ID)) // want `^SessionSet stores user identity in the session before its ID is renewed`
	c.Redirect(http.StatusFound, "/")
}

func Signup(c *gin.Context) {
	var form SignupForm
	if err := c.Bind(&form); err != nil {
		return
	}
	user, err := models.UserCreate(form.Email, form.Password, form.Name)
	if err != nil {
		return
	}
	if user.ID == 0 {
		c.String(http.StatusNotAcceptable, "no")
	} else {
		helpers.SessionSet(c, uint64(user.ID)) // want `^SessionSet stores user identity in the session before its ID is renewed`
		c.Redirect(http.StatusFound, "/")
	}
}

// Logout clears the session: no identity written.
func Logout(c *gin.Context) {
	helpers.SessionClear(c)
}
