// Package bind is the application's request binding, shared by its
// handler packages.
package bind

import "github.com/gin-gonic/gin"

// JSON decodes the body into v and answers 400 when it cannot.
func JSON(c *gin.Context, v any) bool {
	if err := c.ShouldBindJSON(v); err != nil {
		c.AbortWithStatus(400)
		return false
	}
	return true
}
