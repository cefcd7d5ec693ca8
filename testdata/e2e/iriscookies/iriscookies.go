// Package iriscookies sets cookies with iris's context and its cookie
// options.
package iriscookies

import (
	"net/http"

	"github.com/kataras/iris/v12"
)

// Remember keeps a remember-me token: HttpOnly by default, but neither
// Secure nor SameSite.
func Remember(ctx iris.Context) {
	ctx.SetCookieKV("remember", ctx.URLParam("token")) // e2e: cookieflags
}

// RememberHardened passes the options.
func RememberHardened(ctx iris.Context) {
	ctx.SetCookieKV("remember", ctx.URLParam("token"), iris.CookieSecure, iris.CookieSameSite(http.SameSiteLaxMode)) // e2e: clean
}

// Theme sends a literal through SetCookie with its options.
func Theme(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "theme", Value: "dark", HttpOnly: true}, iris.CookieSecure, iris.CookieSameSite(http.SameSiteStrictMode)) // e2e: clean
}
