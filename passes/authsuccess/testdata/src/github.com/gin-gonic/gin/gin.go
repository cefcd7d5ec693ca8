// Package gin is a stub of github.com/gin-gonic/gin (v1.12.0).
package gin

type H map[string]any

type HandlerFunc func(*Context)

type Context struct{}

func (c *Context) PostForm(key string) string          { return "" }
func (c *Context) JSON(code int, obj any)              {}
func (c *Context) HTML(code int, name string, obj any) {}
func (c *Context) AbortWithStatus(code int)            {}
func (c *Context) Redirect(code int, location string)  {}
func (c *Context) Set(key string, value any)           {}
func (c *Context) GetHeader(key string) string         { return "" }

type IRoutes interface{}

type RouterGroup struct{}

func (group *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return nil }
func (group *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return nil }

type Engine struct{ RouterGroup }

func Default() *Engine { return &Engine{} }
