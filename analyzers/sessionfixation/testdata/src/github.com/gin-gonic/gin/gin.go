// Package gin is a stub of github.com/gin-gonic/gin v1.12.0.
package gin

import "net/http"

type ResponseWriter interface {
	http.ResponseWriter
}

type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	keys    map[string]any
}

func (c *Context) Cookie(name string) (string, error) { return "", nil }

func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

func (c *Context) PostForm(key string) string { return "" }

func (c *Context) Param(key string) string { return "" }

func (c *Context) GetHeader(key string) string { return "" }

func (c *Context) MustGet(key string) any { return c.keys[key] }

func (c *Context) Set(key string, value any) {}

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) Redirect(code int, location string) {}

func (c *Context) AbortWithStatus(code int) {}

type HandlerFunc func(*Context)

type IRoutes interface{}

type RouterGroup struct{}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

type Engine struct {
	RouterGroup
}

func New() *Engine { return &Engine{} }

func Default() *Engine { return &Engine{} }
