// Package iriscookies sets cookies with iris: SetCookieKV is HttpOnly but
// neither Secure nor SameSite unless options say so; SetCookie applies the
// options to a literal.
package iriscookies

import (
	"net/http"

	"github.com/kataras/iris/v12"
)

func remember(ctx iris.Context, token string) {
	ctx.SetCookieKV("remember", token) // want `^cookie "remember" is sent without Secure and SameSite; pass iris.CookieSecure and iris.CookieSameSite\(http.SameSiteLaxMode\)$`
}

func rememberWithOptions(ctx iris.Context, token string) {
	ctx.SetCookieKV("remember", token, iris.CookieSecure, iris.CookieSameSite(http.SameSiteStrictMode))
}

func rememberNotHTTPOnly(ctx iris.Context, token string) {
	ctx.SetCookieKV("remember", token, iris.CookieHTTPOnly(false), iris.CookieSecure, iris.CookieSameSite(http.SameSiteLaxMode)) // want `^cookie "remember" is sent without HttpOnly; pass iris.CookieHTTPOnly\(true\)$`
}

func literal(ctx iris.Context, sid string) {
	ctx.SetCookie(&http.Cookie{Name: "sid", Value: sid, HttpOnly: true}) // want `^cookie "sid" is sent without Secure and SameSite`
}

func literalWithOptions(ctx iris.Context, sid string) {
	ctx.SetCookie(&http.Cookie{Name: "sid", Value: sid, HttpOnly: true}, iris.CookieSecure, iris.CookieSameSite(http.SameSiteLaxMode))
}
