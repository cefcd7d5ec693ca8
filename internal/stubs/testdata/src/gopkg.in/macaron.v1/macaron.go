// Package macaron is a stub of gopkg.in/macaron.v1 v1.4.0 (the version
// github.com/go-macaron/session v1.0.4 requires).
package macaron

import "net/http"

// Handler is any callable function; values of its parameters are injected.
type Handler interface{}

type Request struct {
	*http.Request
}

type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	Written() bool
}

type Context struct {
	Req  Request
	Resp ResponseWriter
	Data map[string]interface{}
}

func (ctx *Context) Query(name string) string     { return "" }
func (ctx *Context) GetCookie(name string) string { return "" }

// SetCookie sets a cookie: others are maxAge, path, domain, secure,
// httpOnly and expires.
func (ctx *Context) SetCookie(name string, value string, others ...interface{}) {}

// SetSecureCookie and SetSuperSecureCookie encrypt the value and call
// SetCookie with the same others.
func (ctx *Context) SetSecureCookie(name, value string, others ...interface{})              {}
func (ctx *Context) SetSuperSecureCookie(secret, name, value string, others ...interface{}) {}
func (ctx *Context) Redirect(location string, status ...int)                                {}

// Invoke calls f with its parameters' values from the injector (in
// macaron, a method of the inject.Injector that Context embeds).
func (ctx *Context) Invoke(f interface{}) ([]interface{}, error) { return nil, nil }

type Route struct{}

type Router struct{}

func (r *Router) Get(pattern string, h ...Handler) *Route  { return nil }
func (r *Router) Post(pattern string, h ...Handler) *Route { return nil }

type Macaron struct {
	*Router
}

func New() *Macaron     { return &Macaron{Router: &Router{}} }
func Classic() *Macaron { return &Macaron{Router: &Router{}} }

func (m *Macaron) Use(handler Handler) {}
