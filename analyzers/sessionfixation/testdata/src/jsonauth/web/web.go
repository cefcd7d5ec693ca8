// Package web keeps the request's authentication in the session under a
// namespaced key, as JSON.
package web

import (
	"encoding/json"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

const KeyAuthentication = "middleware/security/Authentication"

type Authentication struct {
	Username string
}

// Authorization stores auth in the request's session.
func Authorization(c *gin.Context, auth *Authentication) error {
	session := sessions.Default(c)
	serial, err := json.Marshal(auth)
	if err != nil {
		return err
	}
	session.Set(KeyAuthentication, serial)
	return session.Save()
}
