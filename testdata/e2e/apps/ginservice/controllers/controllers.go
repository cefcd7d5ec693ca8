// Package controllers is the application's handlers: requests are bound by
// a helper, members checked by the service main hands over, and one
// helper keeps the member in the session for every path.
package controllers

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/ginservice/members"
)

// Handler holds the service.
type Handler struct{ members members.Service }

// New is the handlers over a member service.
func New(m members.Service) *Handler { return &Handler{members: m} }

// Routes registers the handlers.
func (h *Handler) Routes(r *gin.Engine) {
	r.POST("/session", h.Open)
	r.POST("/members", h.Join)
	r.POST("/session/renewed", h.OpenRenewed)
}

type credentialsBody struct {
	Name     string `json:"name"`
	Password string `json:"password"`
}

func bindBody(c *gin.Context, v any) bool {
	if err := c.ShouldBindJSON(v); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return false
	}
	return true
}

func keepMember(c *gin.Context, id int64) {
	s := sessions.Default(c)
	s.Set("member_id", id)
	_ = s.Save()
}

// Open signs a member in: named for no login, the check out of sight.
func (h *Handler) Open(c *gin.Context) {
	var body credentialsBody
	if !bindBody(c, &body) {
		return
	}
	m, err := h.members.SignIn(body.Name, body.Password)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	keepMember(c, m.ID) // e2e: sessionfixation
}

// Join makes the account and signs it in.
func (h *Handler) Join(c *gin.Context) {
	var body credentialsBody
	if !bindBody(c, &body) {
		return
	}
	m, err := h.members.Register(body.Name, body.Password)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	keepMember(c, m.ID) // e2e: sessionfixation
}

// OpenRenewed gives the member a new session ID first.
func (h *Handler) OpenRenewed(c *gin.Context) {
	var body credentialsBody
	if !bindBody(c, &body) {
		return
	}
	m, err := h.members.SignIn(body.Name, body.Password)
	if err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	sessions.Default(c).(interface{ Session() *gsessions.Session }).Session().ID = ""
	keepMember(c, m.ID) // e2e: clean
}
