// Package handler is the login endpoint: the check is a service's, the
// write a helper's of another package.
package handler

import (
	"github.com/gin-gonic/gin"

	"jsonauth/service"
	"jsonauth/web"
)

// AuthenticationManager is what the handler needs of the service.
type AuthenticationManager interface {
	Auth(req *service.Request) (*service.Principal, error)
}

type API struct{ auth AuthenticationManager }

func NewAPI(auth AuthenticationManager) *API { return &API{auth: auth} }

func (h *API) Auth(c *gin.Context) {
	var req service.Request
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	principal, err := h.auth.Auth(&req)
	if err != nil {
		return
	}
	auth := web.Authentication{Username: principal.Username}
	_ = web.Authorization(c, &auth) // want `Authorization stores user identity in the session before its ID is renewed`
}
