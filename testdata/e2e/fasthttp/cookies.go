// Package fasthttp sets cookies on fasthttp directly (v1.69.0), as
// fastglue applications do: a fasthttp.Cookie's attributes are set by its
// methods, none is on by default, and the response header's SetCookie
// sends it.
package fasthttp

import "github.com/valyala/fasthttp"

// CSRF sends a token the page's scripts read: HttpOnly is not asked for,
// SameSite is.
func CSRF(ctx *fasthttp.RequestCtx, token string) {
	var c fasthttp.Cookie // e2e: cookieflags
	c.SetKey("csrf_token")
	c.SetValue(token)
	c.SetPath("/")
	c.SetSecure(true)
	ctx.Response.Header.SetCookie(&c)
}

// Session sends the session cookie with every attribute.
func Session(ctx *fasthttp.RequestCtx, sid string) {
	c := fasthttp.AcquireCookie() // e2e: clean
	defer fasthttp.ReleaseCookie(c)
	c.SetKey("sid")
	c.SetValue(sid)
	c.SetHTTPOnly(true)
	c.SetSecure(true)
	c.SetSameSite(fasthttp.CookieSameSiteLaxMode)
	ctx.Response.Header.SetCookie(c)
}
