package beegobase

import "golang.org/x/crypto/bcrypt"

type Credentials struct {
	Account string
	Hash    []byte
}

func (c *BaseController) currentUser() *Credentials {
	cr, _ := c.GetSession("credentials").(Credentials)
	return &cr
}

func findCredentials(account string) *Credentials { return &Credentials{Account: account} }

// RenameAccount changes the logged-in member's account name after asking
// for the password again: the check is a credential check, but the
// session's own member is stored again, not someone logging in.
func (c *AccountController) RenameAccount() {
	cr := c.currentUser()
	cr.Account = c.GetString("account")
	if bcrypt.CompareHashAndPassword(cr.Hash, []byte(c.GetString("current_password"))) != nil {
		return
	}
	c.SetSession("member_name", cr.Account)
}

// SwitchAccount is the twin that logs in: the credentials are found by the
// posted account name.
func (c *AccountController) SwitchAccount() {
	cr := findCredentials(c.GetString("account"))
	if bcrypt.CompareHashAndPassword(cr.Hash, []byte(c.GetString("password"))) != nil {
		return
	}
	c.SetSession("member_name", cr.Account) // want `user identity is stored in the session before its ID is renewed`
}
