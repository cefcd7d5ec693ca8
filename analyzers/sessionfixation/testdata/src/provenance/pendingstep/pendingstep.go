// Package pendingstep signs in with a password, then, when the account has
// a second factor, with a code on a second request: the user the first
// step kept in the session is the one the second step logs in, not the
// one already logged in.
package pendingstep

import (
	"golang.org/x/crypto/bcrypt"

	"github.com/beego/beego/v2/server/web"
)

type User struct {
	ID   string
	Hash []byte
	TOTP bool
}

type Users interface {
	ByName(name string) (*User, error)
	ByID(id string) (*User, error)
	CodeMatches(u *User, code string) bool
}

type AuthController struct {
	web.Controller
	Users Users
}

// pendingUser is the user the password step kept for the second one.
func (c *AuthController) pendingUser() string {
	id, _ := c.GetSession("mfa_user_id").(string)
	return id
}

// signedIn is the user the session already holds.
func (c *AuthController) signedIn() string {
	id, _ := c.GetSession("user_id").(string)
	return id
}

func (c *AuthController) Login() {
	if code := c.GetString("code"); code != "" && c.pendingUser() != "" {
		u, err := c.Users.ByID(c.pendingUser())
		if err != nil || !c.Users.CodeMatches(u, code) {
			c.Abort("401")
			return
		}
		_ = c.SetSession("user_id", u.ID) // want `user identity is stored in the session before its ID is renewed`
		return
	}
	u, err := c.Users.ByName(c.GetString("name"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(c.GetString("password"))) != nil {
		c.Abort("401")
		return
	}
	if u.TOTP {
		_ = c.SetSession("mfa_user_id", u.ID)
		return
	}
	_ = c.SessionRegenerateID()
	_ = c.SetSession("user_id", u.ID)
}

// LoginRenewed is the same with the second step renewing too.
func (c *AuthController) LoginRenewed() {
	if code := c.GetString("code"); code != "" && c.pendingUser() != "" {
		u, err := c.Users.ByID(c.pendingUser())
		if err != nil || !c.Users.CodeMatches(u, code) {
			c.Abort("401")
			return
		}
		_ = c.SessionRegenerateID()
		_ = c.SetSession("user_id", u.ID)
		return
	}
	u, err := c.Users.ByName(c.GetString("name"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(c.GetString("password"))) != nil {
		c.Abort("401")
		return
	}
	_ = c.SessionRegenerateID()
	_ = c.SetSession("user_id", u.ID)
}

// LoginAgain stores the signed-in user's ID again on one branch, after a
// password check on the other: no login on that branch.
func (c *AuthController) LoginAgain() {
	if c.signedIn() != "" {
		u, err := c.Users.ByID(c.signedIn())
		if err != nil {
			return
		}
		_ = c.SetSession("user_id", u.ID)
		return
	}
	u, err := c.Users.ByName(c.GetString("name"))
	if err != nil || bcrypt.CompareHashAndPassword(u.Hash, []byte(c.GetString("password"))) != nil {
		return
	}
	_ = c.SessionRegenerateID()
	_ = c.SetSession("user_id", u.ID)
}
