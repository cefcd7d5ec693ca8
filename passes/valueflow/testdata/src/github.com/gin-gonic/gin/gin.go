// Package gin is a stub of github.com/gin-gonic/gin with the same signatures.
package gin

import "net/http"

// Context is gin's request context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Param(key string) string                       { return "" }
func (c *Context) Query(key string) string                       { return "" }
func (c *Context) GetQuery(key string) (string, bool)            { return "", false }
func (c *Context) PostForm(key string) string                    { return "" }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) Cookie(name string) (string, error)            { return "", nil }
func (c *Context) Redirect(code int, location string)            {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
