// Package irisv11cookies sets cookies with iris v11 (before modules):
// SetCookieKV is HttpOnly and has no option for Secure or SameSite; the
// session cookie is HttpOnly, Secure only with CookieSecureTLS, and has no
// SameSite at all.
package irisv11cookies

import (
	"net/http"

	"github.com/kataras/iris"
	"github.com/kataras/iris/sessions"
)

var sess = sessions.New(sessions.Config{Cookie: "irissid"}) // want `session cookie of sessions.New is sent without Secure and SameSite`

var hardened = sessions.New(sessions.Config{Cookie: "irissid", CookieSecureTLS: true, DisableSubdomainPersistence: true}) // want `session cookie of sessions.New is sent without SameSite`

func remember(ctx iris.Context, token string) {
	ctx.SetCookieKV("remember", token) // want `cookie "remember" is sent without Secure and SameSite; send it with ctx.SetCookie`
}

func rememberLiteral(ctx iris.Context, token string) {
	ctx.SetCookie(&http.Cookie{Name: "remember", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func rememberNotHTTPOnly(ctx iris.Context, token string) {
	ctx.SetCookie(&http.Cookie{Name: "remember", Value: token, Secure: true, SameSite: http.SameSiteLaxMode}, iris.CookiePath("/")) // want `cookie "remember" is sent without HttpOnly`
}
