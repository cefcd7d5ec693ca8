// Package web signs students up and logs them in at once; an error the
// service calls a reactivation lets the sign-up go on.
package web

import (
	"errors"
	"strings"

	"github.com/gin-gonic/gin"

	"provenance/ginsignup/sess"
	"provenance/ginsignup/students"
)

type signUpForm struct {
	Username string `json:"username" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func NewStudent(c *gin.Context) {
	var form signUpForm
	if err := c.ShouldBindJSON(&form); err != nil {
		c.JSON(400, nil)
		return
	}
	form.Username = strings.ToUpper(form.Username)
	s, err := students.Register(form.Username, form.Password)
	if err != nil && !errors.Is(err, students.ErrReactivated) {
		c.JSON(400, nil)
		return
	}
	if _, err := grantDefaults(form.Username); err != nil {
		c.JSON(500, nil)
		return
	}
	if err := sess.Remember(c, s); err != nil { // want `^Remember stores user identity in the session before its ID is renewed`
		c.JSON(500, nil)
		return
	}
	c.JSON(200, nil)
}

func NewStudentRenewed(c *gin.Context) {
	var form signUpForm
	if err := c.ShouldBindJSON(&form); err != nil {
		c.JSON(400, nil)
		return
	}
	s, err := students.Register(form.Username, form.Password)
	if err != nil && !errors.Is(err, students.ErrReactivated) {
		c.JSON(400, nil)
		return
	}
	if err := sess.RememberRenewed(c, s); err != nil {
		c.JSON(500, nil)
		return
	}
	c.JSON(200, nil)
}

func grantDefaults(username string) (int, error) { return len(username), nil }
