// Package macaroninvoke is a macaron application whose handlers get the
// posted form as a bound struct, check it through a data-access interface,
// and leave the session write to a helper that runs it inside a function
// given to the injector (c.Invoke): the write is the helper's, the login
// the handler's.
package macaroninvoke

import (
	"github.com/go-macaron/session"
	"gopkg.in/macaron.v1"

	"users"
)

// Context is the application's request context: macaron's, with the
// injected session kept in a field.
type Context struct {
	*macaron.Context
	Session session.Store
}

// SignIn is the bound login form.
type SignIn struct {
	UserName string `binding:"Required"`
	Password string `binding:"Required"`
	Remember bool
}

// Settings is what the injector hands the helper's function.
type Settings struct{ SubURL string }

// Accounts is the data layer, with one implementation per backend.
type Accounts interface {
	SignIn(name, password string) (*users.User, error)
}

// keepUser is judged at its calls: LoginPost found the user from the
// form.
func keepUser(c *Context, u *users.User) {
	c.Invoke(func(s *Settings) {
		_ = c.Session.Set("uid", u.ID)
		c.Redirect(s.SubURL + "/")
	})
}

func LoginPost(c *Context, f SignIn, accounts Accounts) {
	u, err := accounts.SignIn(f.UserName, f.Password)
	if err != nil {
		c.Redirect("/login")
		return
	}
	keepUser(c, u) // want `^keepUser stores user identity in the session before its ID is renewed; call c.Session.RegenerateId\(ctx\) first`
}

// afterLogin is named like a login: its own write is judged in it, at
// the call that runs the literal.
func afterLogin(c *Context, u *users.User) {
	c.Invoke(func(s *Settings) { // want `^the function literal given to Invoke stores user identity in the session before its ID is renewed`
		_ = c.Session.Set("uid", u.ID)
	})
}

func APILogin(c *Context, f SignIn, accounts Accounts) {
	u, err := accounts.SignIn(f.UserName, f.Password)
	if err != nil {
		return
	}
	afterLogin(c, u)
}

// The handler's own literal: one report, at the call that runs it.
func LoginInline(c *Context, f SignIn, accounts Accounts) {
	u, err := accounts.SignIn(f.UserName, f.Password)
	if err != nil {
		return
	}
	c.Invoke(func(s *Settings) { // want `^the function literal given to Invoke stores user identity in the session before its ID is renewed`
		_ = c.Session.Set("uid", u.ID)
		_ = c.Session.Set("uname", f.UserName)
	})
}

func keepUserRenewed(c *Context, u *users.User) {
	c.Invoke(func(s *Settings) {
		fresh, err := c.Session.RegenerateId(c.Context)
		if err != nil {
			return
		}
		_ = fresh.Set("uid", u.ID)
		_ = fresh.Release()
		c.Redirect(s.SubURL + "/")
	})
}

func LoginPostRenewed(c *Context, f SignIn, accounts Accounts) {
	u, err := accounts.SignIn(f.UserName, f.Password)
	if err != nil {
		c.Redirect("/login")
		return
	}
	keepUserRenewed(c, u)
}
