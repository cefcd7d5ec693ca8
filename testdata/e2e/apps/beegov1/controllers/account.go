package controllers

import "sessionlint.test/e2e/apps/beegov1/models"

// AccountController signs members in.
type AccountController struct {
	BaseController
}

// Login keeps the member under the session ID the browser came with.
func (c *AccountController) Login() {
	member, err := models.NewMember().Login(c.GetString("account"), c.GetString("password"))
	if err != nil {
		c.Abort("401")
		return
	}
	c.SetMember(*member) // e2e: sessionfixation
}

// LoginRenewed gives the session a new ID first.
func (c *AccountController) LoginRenewed() {
	member, err := models.NewMember().Login(c.GetString("account"), c.GetString("password"))
	if err != nil {
		c.Abort("401")
		return
	}
	c.SessionRegenerateID()
	c.SetMember(*member) // e2e: clean
}
