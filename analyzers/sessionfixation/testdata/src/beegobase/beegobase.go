// Package beegobase is the layout of beego applications: controllers embed
// the application's BaseController (which embeds beego's), identity is
// written by a SetMember helper that logs out when given the zero member,
// and the credential check is in a model method sessionlint cannot see
// into. The handler's name is the only sign of a login, so writes on its
// error paths (SetMember(Member{}) after err != nil) are not logins.
package beegobase

import (
	"errors"

	"github.com/beego/beego/v2/server/web"
)

type Member struct {
	MemberID int
	Account  string
}

// login checks the password somewhere sessionlint cannot see.
func login(account, password string) (*Member, error) { return nil, errors.New("no") }

type BaseController struct {
	web.Controller
}

// SetMember stores the member, or logs out given the zero member.
func (c *BaseController) SetMember(m Member) {
	if m.MemberID <= 0 {
		c.DelSession("member")
		c.DestroySession()
		return
	}
	c.SetSession("member", m)
	c.SetSession("uid", m.MemberID)
}

// Prepare logs the user in from a remember-me cookie the server signed.
func (c *BaseController) Prepare() {
	if id, ok := c.GetSecureCookie("secret", "remember"); ok {
		c.SetMember(Member{MemberID: len(id)}) // want `SetMember stores user identity in the session before its ID is renewed`
	}
}

type AccountController struct {
	BaseController
}

func (c *AccountController) Login() {
	m, err := login(c.GetString("account"), c.GetString("password"))
	if err != nil {
		c.SetMember(Member{})                        // the zero member: a logout, not a login
		c.SetSession("user", c.GetString("account")) // an error path: not a login
		c.Redirect("/login", 302)
		return
	}
	c.SetMember(*m) // want `SetMember stores user identity in the session before its ID is renewed`
	c.Redirect("/", 302)
}

func (c *BaseController) getCurrentUser() *Member {
	m, _ := c.GetSession("member").(Member)
	return &m
}

// LoginAgain refreshes the session of the user already logged in: not a
// login.
func (c *AccountController) LoginAgain() {
	u := c.getCurrentUser()
	if u == nil {
		return
	}
	c.SetMember(*u)
}

// The clean twin: renewed first.
func (c *AccountController) LoginRenewed() {
	m, err := login(c.GetString("account"), c.GetString("password"))
	if err != nil {
		c.SetMember(Member{})
		return
	}
	c.SessionRegenerateID()
	c.SetMember(*m)
}
