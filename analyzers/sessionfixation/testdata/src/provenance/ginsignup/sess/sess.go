// Package sess keeps the signed-in student in the gin session.
package sess

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"

	"provenance/ginsignup/students"
)

// Remember writes the student's ID.
func Remember(c *gin.Context, s *students.User) error {
	session := sessions.Default(c)
	session.Set("id", s.ID)
	return session.Save()
}

// RememberRenewed starts the student in a session of a new ID.
func RememberRenewed(c *gin.Context, s *students.User) error {
	session := sessions.Default(c)
	session.(interface{ Session() *gsessions.Session }).Session().ID = ""
	session.Set("id", s.ID)
	return session.Save()
}
