// Package gin is a stub of github.com/gin-gonic/gin v1.12.0.
package gin

import "net/http"

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Query(key string) string            { return "" }
func (c *Context) PostForm(key string) string         { return "" }
func (c *Context) Cookie(name string) (string, error) { return "", nil }
func (c *Context) Redirect(code int, location string) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
