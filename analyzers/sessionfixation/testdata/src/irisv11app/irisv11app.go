// Package irisv11app signs in with iris v11 (github.com/kataras/iris,
// before modules), whose Context is an interface: Start keeps whatever
// session ID the request's cookie carries, and RemoveCookie empties the
// request's Cookie header, so a session started after it is new. The
// test's GOPATH is named for iris v11.1.1.
package irisv11app

import (
	"github.com/kataras/iris"
	"github.com/kataras/iris/sessions"
)

const cookieName = "irissid"

var sess = sessions.New(sessions.Config{Cookie: cookieName})

type Account struct {
	ID   int64
	Name string
}

type Accounts interface {
	ByLogin(name, password string) (*Account, error)
}

var accounts Accounts

func login(ctx iris.Context) {
	a, err := accounts.ByLogin(ctx.PostValue("name"), ctx.PostValue("password"))
	if err != nil {
		return
	}
	s := sess.Start(ctx)
	s.Set("account_id", a.ID) // want `user identity is stored in the session before its ID is renewed; destroy s, strip the session cookie from the request and Start a new session first \(iris has no regenerate call\)`
}

// The renewed twin: the request's session cookie is dropped before Start.
func loginRenewed(ctx iris.Context) {
	a, err := accounts.ByLogin(ctx.PostValue("name"), ctx.PostValue("password"))
	if err != nil {
		return
	}
	if ctx.GetCookie(cookieName) != "" {
		ctx.RemoveCookie(cookieName)
	}
	s := sess.Start(ctx)
	s.Set("account_id", a.ID)
}

// Destroy then Start in one request: without AllowReclaim the request
// still carries the old cookie, and Start takes its ID again.
func loginDestroyed(ctx iris.Context) {
	a, err := accounts.ByLogin(ctx.PostValue("name"), ctx.PostValue("password"))
	if err != nil {
		return
	}
	sess.Destroy(ctx)
	s := sess.Start(ctx)
	s.Set("account_id", a.ID) // want `user identity is stored in the session before its ID is renewed`
}

// A theme is no identity.
func theme(ctx iris.Context) {
	s := sess.Start(ctx)
	s.Set("theme", ctx.URLParam("theme"))
}
