// Package controllers holds the application's beego controllers; the
// sessions they write are switched on in conf/app.conf, not in code.
package controllers

import (
	"github.com/beego/beego/v2/server/web"

	"sessionlint.test/beegoconf/internal/accounts"
)

// AccountController signs readers in.
type AccountController struct {
	web.Controller
}

// Login keeps the session the request came with.
func (c *AccountController) Login() {
	a, ok := accounts.Check(c.GetString("name"), c.GetString("password"))
	if !ok {
		c.Ctx.Output.SetStatus(401)
		return
	}
	c.SetSession("account_id", a.ID) // e2e: sessionfixation
	c.Ctx.Output.SetStatus(204)
}

// LoginRenewed gives the reader a new session ID first.
func (c *AccountController) LoginRenewed() {
	a, ok := accounts.Check(c.GetString("name"), c.GetString("password"))
	if !ok {
		c.Ctx.Output.SetStatus(401)
		return
	}
	c.SessionRegenerateID()
	c.SetSession("account_id", a.ID) // e2e: clean
	c.Ctx.Output.SetStatus(204)
}
