// Package irisregistered registers cookie options in a middleware: every
// cookie of the request gets them, so a setter's own options do not tell.
package irisregistered

import (
	"net/http"

	"github.com/kataras/iris/v12"
)

func cookieOptions(ctx iris.Context) {
	ctx.AddCookieOptions(iris.CookieSecure, iris.CookieSameSite(http.SameSiteLaxMode))
	ctx.Next()
}

func remember(ctx iris.Context, token string) {
	ctx.SetCookieKV("remember", token)
}
