// Package fasthttpcookies sets cookies on fasthttp directly, through the
// cookie's setter methods.
package fasthttpcookies

import "github.com/valyala/fasthttp"

type config struct{ Secure bool }

var cfg config

// A CSRF token the page's scripts read: HttpOnly is not asked for, but
// SameSite is.
func csrfToken(ctx *fasthttp.RequestCtx, token string) {
	var c fasthttp.Cookie // want `cookie "csrf_token" is sent without SameSite; call c.SetSameSite\(fasthttp.CookieSameSiteLaxMode\) before it is sent`
	c.SetKey("csrf_token")
	c.SetValue(token)
	c.SetPath("/")
	c.SetSecure(cfg.Secure)
	c.SetHTTPOnly(false)
	ctx.Response.Header.SetCookie(&c)
}

func session(ctx *fasthttp.RequestCtx, sid string) {
	c := fasthttp.AcquireCookie() // want `cookie "sid" is sent without HttpOnly, Secure and SameSite; call c.SetHTTPOnly\(true\), c.SetSecure\(true\) and c.SetSameSite\(fasthttp.CookieSameSiteLaxMode\) before it is sent`
	defer fasthttp.ReleaseCookie(c)
	c.SetKey("sid")
	c.SetValue(sid)
	ctx.Response.Header.SetCookie(c)
}

func sessionHardened(ctx *fasthttp.RequestCtx, sid string) {
	c := fasthttp.AcquireCookie()
	defer fasthttp.ReleaseCookie(c)
	c.SetKey("sid")
	c.SetValue(sid)
	c.SetHTTPOnly(true)
	c.SetSecure(true)
	c.SetSameSite(fasthttp.CookieSameSiteLaxMode)
	ctx.Response.Header.SetCookie(c)
}

// SameSite=None turns Secure on.
func crossSite(ctx *fasthttp.RequestCtx, sid string) {
	c := fasthttp.AcquireCookie()
	c.SetKey("sid")
	c.SetValue(sid)
	c.SetHTTPOnly(true)
	c.SetSameSite(fasthttp.CookieSameSiteNoneMode)
	ctx.Response.Header.SetCookie(c)
}
