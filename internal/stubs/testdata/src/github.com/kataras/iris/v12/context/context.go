// Package context is a stub of github.com/kataras/iris/v12/context v12.2.11.
package context

import "net/http"

// SecureCookie is the encoder sessions.Config.Encoding takes.
type SecureCookie interface {
	Encode(cookieName string, cookieValue any) (string, error)
	Decode(cookieName string, cookieValue string, cookieValuePtr any) error
}

type CookieOption func(ctx *Context, c *http.Cookie, op uint8)

type Context struct {
	request *http.Request
}

func (ctx *Context) Request() *http.Request { return ctx.request }

func (ctx *Context) GetCookie(name string, options ...CookieOption) string { return "" }

func (ctx *Context) RemoveCookie(name string, options ...CookieOption) {}

func (ctx *Context) URLParam(name string) string { return "" }

func (ctx *Context) FormValue(name string) string { return "" }

func (ctx *Context) PostValueTrim(name string) string { return "" }

func (ctx *Context) StatusCode(statusCode int) {}

func (ctx *Context) WriteString(body string) (int, error) { return 0, nil }

type Handler = func(*Context)

const OpCookieSet uint8 = 1

func (ctx *Context) SetCookie(cookie *http.Cookie, options ...CookieOption)         {}
func (ctx *Context) UpsertCookie(cookie *http.Cookie, options ...CookieOption) bool { return true }
func (ctx *Context) SetCookieKV(name, value string, options ...CookieOption)        {}
func (ctx *Context) AddCookieOptions(options ...CookieOption)                       {}
func (ctx *Context) Next()                                                          {}

func CookieSecure(ctx *Context, c *http.Cookie, op uint8) {}

func CookieHTTPOnly(httpOnly bool) CookieOption          { return nil }
func CookieSameSite(sameSite http.SameSite) CookieOption { return nil }
func CookiePath(path string) CookieOption                { return nil }
func CookieDomain(domain string) CookieOption            { return nil }
