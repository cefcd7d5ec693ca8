// Package context is a stub of github.com/kataras/iris/v12/context v12.2.11.
package context

import "net/http"

type CookieOption func(*http.Cookie)

type Context struct {
	request *http.Request
}

func (ctx *Context) Request() *http.Request { return ctx.request }

func (ctx *Context) GetCookie(name string, options ...CookieOption) string { return "" }

func (ctx *Context) FormValue(name string) string { return "" }

func (ctx *Context) StatusCode(statusCode int) {}

func (ctx *Context) WriteString(body string) (int, error) { return 0, nil }

type Handler func(*Context)
