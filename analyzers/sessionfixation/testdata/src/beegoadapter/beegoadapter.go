// Package beegoadapter: controllers ported from beego v1 that embed v2.0's
// adapter.Controller; the account is checked by a service singleton of the
// application.
package beegoadapter

import (
	"errors"

	beego "github.com/beego/beego/v2/adapter"
)

type Account struct {
	ID   int64
	Hash string
}

type accountService struct{}

// Accounts is the application's service singleton.
var Accounts = new(accountService)

func (s *accountService) SignIn(name, password string) (*Account, error) {
	return nil, errors.New("stands for a query and a hash comparison")
}

type BaseController struct {
	beego.Controller
}

type SignInForm struct {
	Name     string `form:"name"`
	Password string `form:"password"`
}

type LoginController struct {
	BaseController
}

func (c *LoginController) Enter() {
	var f SignInForm
	if err := c.ParseForm(&f); err != nil {
		c.Abort("400")
	}
	a, err := Accounts.SignIn(f.Name, f.Password)
	if err != nil {
		return
	}
	c.SetSession("account_id", a.ID) // want `user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first`
}

func (c *LoginController) EnterRenewed() {
	var f SignInForm
	if err := c.ParseForm(&f); err != nil {
		c.Abort("400")
	}
	a, err := Accounts.SignIn(f.Name, f.Password)
	if err != nil {
		return
	}
	c.SessionRegenerateID()
	c.SetSession("account_id", a.ID)
}

func (c *LoginController) EnterCleared() {
	a, err := Accounts.SignIn(c.GetString("name"), c.GetString("password"))
	if err != nil {
		return
	}
	c.DelSession("account_id")
	c.SetSession("account_id", a.ID) // want `\(DelSession keeps the session ID\); call c.SessionRegenerateID\(\) first`
}
