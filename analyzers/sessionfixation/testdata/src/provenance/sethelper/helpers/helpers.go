// Package helpers keeps the signed-in user's ID in gin-contrib's session,
// for the controllers of another package.
package helpers

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func SessionSet(c *gin.Context, userID uint64) {
	session := sessions.Default(c)
	session.Set("id", interface{}(userID))
	_ = session.Save()
}

func SessionClear(c *gin.Context) {
	session := sessions.Default(c)
	session.Clear()
	_ = session.Save()
}
