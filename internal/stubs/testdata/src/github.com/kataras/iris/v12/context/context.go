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

func (ctx *Context) URLParam(name string) string { return "" }

func (ctx *Context) FormValue(name string) string { return "" }

func (ctx *Context) StatusCode(statusCode int) {}

func (ctx *Context) WriteString(body string) (int, error) { return 0, nil }

type Handler = func(*Context)
