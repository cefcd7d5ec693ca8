// Package web holds the handlers and the session manager, left with iris
// v11's defaults: an HttpOnly cookie with no Secure and no SameSite.
package web

import (
	"github.com/kataras/iris"
	"github.com/kataras/iris/sessions"

	"sessionlint.test/e2e/apps/irisv11/accounts"
)

const cookieName = "irissid"

var sess = sessions.New(sessions.Config{Cookie: cookieName}) // e2e: cookieflags cookiescope sessionadoption

// Login keeps the account under the session ID the browser came with.
func Login(ctx iris.Context) {
	a, err := accounts.Check(ctx.PostValue("name"), ctx.PostValue("password"))
	if err != nil {
		ctx.StatusCode(401)
		return
	}
	s := sess.Start(ctx)
	s.Set("account_id", a.ID) // e2e: sessionfixation
}

// LoginRenewed drops the request's session cookie before Start: iris v11's
// RemoveCookie also empties the request's Cookie header.
func LoginRenewed(ctx iris.Context) {
	a, err := accounts.Check(ctx.PostValue("name"), ctx.PostValue("password"))
	if err != nil {
		ctx.StatusCode(401)
		return
	}
	if ctx.GetCookie(cookieName) != "" {
		ctx.RemoveCookie(cookieName)
	}
	s := sess.Start(ctx)
	s.Set("account_id", a.ID) // e2e: clean
}

// Remember keeps a token: SetCookieKV is HttpOnly, with no option for
// Secure or SameSite.
func Remember(ctx iris.Context) {
	ctx.SetCookieKV("remember", ctx.URLParam("token")) // e2e: cookieflags
}
