// Package tokenfilter turns an access token into a session login in a
// filter: the token comes from a header or a cookie, a helper finds its
// user and writes it into the request's beego session.
package tokenfilter

import (
	"github.com/astaxie/beego/context"
)

type ObjectID string

// Hex renders the ID.
func (id ObjectID) Hex() string { return string(id) }

type User struct {
	Id   ObjectID
	Name string
}

// M renders the user as a map; the options change the rendering.
func (u *User) M(options ...func(map[string]interface{})) map[string]interface{} {
	m := map[string]interface{}{"id": u.Id.Hex(), "name": u.Name}
	for _, o := range options {
		o(m)
	}
	return m
}

type Tokens interface {
	UserOf(token string) (*User, error)
}

type filter struct {
	tokens Tokens
}

func (f *filter) run(ctx *context.Context) {
	if token := ctx.Request.Header.Get("authorization"); token != "" {
		f.bind(token, ctx) // want `bind stores user identity in the session before its ID is renewed; write through the store returned by SessionRegenerateID\(w, r\) instead of ctx.Input.CruSession`
	}
}

func (f *filter) bind(token string, ctx *context.Context) bool {
	user, err := f.tokens.UserOf(token)
	if err != nil || user == nil {
		return false
	}
	if err := ctx.Input.CruSession.Set("user", user.M()); err != nil {
		return false
	}
	_ = ctx.Input.CruSession.Set("userId", user.Id.Hex())
	return true
}

// The profile filter stores the name the session's own user already has.
func (f *filter) profile(ctx *context.Context) {
	id, _ := ctx.Input.CruSession.Get("userId").(string)
	user, err := f.tokens.UserOf(id)
	if err != nil {
		return
	}
	_ = ctx.Input.CruSession.Set("user", user.M())
}
