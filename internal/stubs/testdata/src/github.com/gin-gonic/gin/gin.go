// Package gin is a stub of github.com/gin-gonic/gin v1.12.0: only the
// signatures the cookie analyzers need.
package gin

import "net/http"

type Context struct {
	Writer   http.ResponseWriter
	Request  *http.Request
	sameSite http.SameSite
}

func (c *Context) SetSameSite(samesite http.SameSite) { c.sameSite = samesite }

func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

func (c *Context) SetCookieData(cookie *http.Cookie) {}

func (c *Context) Next() {}

type HandlerFunc func(*Context)

type Engine struct{}

func Default() *Engine { return &Engine{} }

func (e *Engine) Use(middleware ...HandlerFunc) {}

func (e *Engine) GET(path string, handlers ...HandlerFunc) {}
