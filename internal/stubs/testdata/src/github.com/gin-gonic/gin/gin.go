// Package gin is a stub of github.com/gin-gonic/gin v1.12.0.
package gin

import "net/http"

type H map[string]any

type ResponseWriter interface {
	http.ResponseWriter
}

type Context struct {
	Request  *http.Request
	Writer   ResponseWriter
	keys     map[any]any
	sameSite http.SameSite
}

func (c *Context) Next()                                         {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) Set(key any, value any)                        {}
func (c *Context) MustGet(key any) any                           { return c.keys[key] }
func (c *Context) Param(key string) string                       { return "" }
func (c *Context) Query(key string) string                       { return "" }
func (c *Context) GetQuery(key string) (string, bool)            { return "", false }
func (c *Context) PostForm(key string) string                    { return "" }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) Cookie(name string) (string, error)            { return "", nil }
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) HTML(code int, name string, obj any)           {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) Redirect(code int, location string)            {}

func (c *Context) SetSameSite(samesite http.SameSite) { c.sameSite = samesite }

func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}

func (c *Context) SetCookieData(cookie *http.Cookie) {}

func (c *Context) ShouldBindJSON(obj any) error { return nil }
func (c *Context) ShouldBind(obj any) error     { return nil }
func (c *Context) BindJSON(obj any) error       { return nil }
func (c *Context) Bind(obj any) error           { return nil }

type HandlerFunc func(*Context)

type IRoutes interface{}

type RouterGroup struct{}

func (group *RouterGroup) Use(middleware ...HandlerFunc) IRoutes                     { return nil }
func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return nil }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

type Engine struct {
	RouterGroup
}

func New() *Engine { return &Engine{} }

func Default() *Engine { return &Engine{} }

func (engine *Engine) Use(middleware ...HandlerFunc) IRoutes { return nil }
