// Package util has session helpers whose keys come from the caller: they
// are judged at each call with the caller's keys and values.
package util

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

// SetSession writes every entry of values into the request's session.
func SetSession(c *gin.Context, values map[string]interface{}) {
	s := sessions.Default(c)
	for k, v := range values {
		s.Set(k, v)
	}
	_ = s.Save()
}

// Set writes one key.
func Set(c *gin.Context, key string, value interface{}) {
	s := sessions.Default(c)
	s.Set(key, value)
	_ = s.Save()
}

// SetRenewed renews the session's ID, then writes every entry.
func SetRenewed(c *gin.Context, values map[string]interface{}) {
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	for k, v := range values {
		s.Set(k, v)
	}
	_ = s.Save()
}
