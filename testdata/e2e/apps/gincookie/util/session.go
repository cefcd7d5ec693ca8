// Package util holds the session helpers: their keys and values come from
// the caller, so they are judged at each call.
package util

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

// SetSession writes every entry of values into the request's session.
func SetSession(c *gin.Context, values map[string]any) error {
	s := sessions.Default(c)
	for k, v := range values {
		s.Set(k, v)
	}
	return s.Save()
}

// LogIn gives the session a new ID, then writes every entry.
func LogIn(c *gin.Context, values map[string]any) error {
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	for k, v := range values {
		s.Set(k, v)
	}
	return s.Save()
}

// SetUser writes the three keys of a logged-in user.
func SetUser(c *gin.Context, id int64, name string) error {
	s := sessions.Default(c)
	s.Set("user_id", id)
	s.Set("username", name)
	s.Set("role", "member")
	return s.Save()
}

// Set writes one key the caller names.
func Set(c *gin.Context, key string, value any) error {
	s := sessions.Default(c)
	s.Set(key, value)
	return s.Save()
}
