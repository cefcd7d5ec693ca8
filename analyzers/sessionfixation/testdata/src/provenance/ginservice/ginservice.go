// Package ginservice: the login is a method of an interface-typed service
// given the bound request, and one helper writes the session for every
// path; a middleware stores again the user it read from the session.
package ginservice

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gsessions "github.com/gorilla/sessions"
)

type Member struct {
	ID   string
	Hash string
}

type MemberService interface {
	SignIn(email, password string) (*Member, error)
	Register(m *Member) error
	Redeem(password, token string) (*Member, error)
}

type Controller struct {
	members MemberService
}

type credentials struct {
	Email    string `json:"email" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func bind(c *gin.Context, v any) bool {
	if err := c.ShouldBindJSON(v); err != nil {
		c.JSON(400, gin.H{"error": err.Error()})
		return false
	}
	return true
}

// rememberMember writes the member's ID for every path below.
func rememberMember(c *gin.Context, id string) {
	s := sessions.Default(c)
	s.Set("memberId", id)
	_ = s.Save()
}

func (h *Controller) SignIn(c *gin.Context) {
	var req credentials
	if !bind(c, &req) {
		return
	}
	m, err := h.members.SignIn(req.Email, req.Password)
	if err != nil {
		c.JSON(401, gin.H{"error": err.Error()})
		return
	}
	rememberMember(c, m.ID) // want `^rememberMember stores user identity in the session before its ID is renewed`
	c.JSON(200, m)
}

func (h *Controller) Join(c *gin.Context) {
	var req credentials
	if !bind(c, &req) {
		return
	}
	m := &Member{ID: req.Email, Hash: req.Password}
	if err := h.members.Register(m); err != nil {
		c.JSON(400, gin.H{"error": err.Error()})
		return
	}
	rememberMember(c, m.ID) // want `^rememberMember stores user identity in the session before its ID is renewed`
	c.JSON(201, m)
}

type redeemRequest struct {
	Token    string `json:"token" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func (h *Controller) Redeem(c *gin.Context) {
	var req redeemRequest
	if !bind(c, &req) {
		return
	}
	m, err := h.members.Redeem(req.Password, req.Token)
	if err != nil {
		c.JSON(400, gin.H{"error": err.Error()})
		return
	}
	rememberMember(c, m.ID) // want `^rememberMember stores user identity in the session before its ID is renewed`
	c.JSON(200, m)
}

// SignInRenewed is SignIn's twin that renews the ID first.
func (h *Controller) SignInRenewed(c *gin.Context) {
	var req credentials
	if !bind(c, &req) {
		return
	}
	m, err := h.members.SignIn(req.Email, req.Password)
	if err != nil {
		c.JSON(401, gin.H{"error": err.Error()})
		return
	}
	s := sessions.Default(c)
	s.(interface{ Session() *gsessions.Session }).Session().ID = ""
	rememberMember(c, m.ID)
}

// Touch stores again the member the session already holds.
func Touch() gin.HandlerFunc {
	return func(c *gin.Context) {
		s := sessions.Default(c)
		id, ok := s.Get("memberId").(string)
		if !ok || id == "" {
			c.AbortWithStatus(401)
			return
		}
		s.Set("memberId", id)
		_ = s.Save()
		c.Next()
	}
}
