// Package beegov1app logs users in with beego v1 (github.com/astaxie/beego):
// the same sessions as v2, the same fixes.
package beegov1app

import (
	"github.com/astaxie/beego"
	"golang.org/x/crypto/bcrypt"

	"provenance/accounts"
	"users"
)

type BaseController struct {
	beego.Controller
}

// SetMember keeps the member in the session, for every controller.
func (c *BaseController) SetMember(id int64) {
	c.SetSession("uid", id)
}

type AccountController struct {
	BaseController
}

func (c *AccountController) Login() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		c.Abort("401")
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		c.Abort("401")
		return
	}
	c.SetSession("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first$`
}

func (c *AccountController) LoginRenewed() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		c.Abort("401")
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		c.Abort("401")
		return
	}
	c.SessionRegenerateID()
	c.SetSession("uid", u.ID)
}

// DelSession removes a value and keeps the ID.
func (c *AccountController) LoginAfterDelSession() {
	a, err := accounts.Default.Verify(nil, c.GetString("account"), c.GetString("password"))
	if err != nil {
		return
	}
	c.DelSession("uid")
	c.SetMember(a.ID) // want `^SetMember stores user identity in the session before its ID is renewed \(DelSession keeps the session ID\); call c.SessionRegenerateID\(\) first$`
}

func (c *AccountController) LoginAfterRegenerate() {
	a, err := accounts.Default.Verify(nil, c.GetString("account"), c.GetString("password"))
	if err != nil {
		return
	}
	c.SessionRegenerateID()
	c.SetMember(a.ID)
}
