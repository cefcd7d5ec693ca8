// Package web binds requests with another package's helper and checks
// accounts through a service interface.
package web

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"

	"provenance/bindpkg/bind"
)

type account struct{ ID string }

type directory interface {
	Authenticate(email, password string) (*account, error)
}

type handlers struct{ accounts directory }

type signIn struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h *handlers) open(c *gin.Context) {
	var in signIn
	if !bind.JSON(c, &in) {
		return
	}
	a, err := h.accounts.Authenticate(in.Email, in.Password)
	if err != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("account", a.ID) // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save()
}
