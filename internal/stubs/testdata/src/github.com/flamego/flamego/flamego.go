// Package flamego is a stub of github.com/flamego/flamego v1.9.4 (the
// version github.com/flamego/session v1.6.5 requires).
package flamego

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

type Context interface {
	ResponseWriter() ResponseWriter
	Request() *Request
	Redirect(location string, status ...int)
}

type Route struct{}

type Router interface {
	Get(routePath string, handlers ...Handler) *Route
	Post(routePath string, handlers ...Handler) *Route
}

type Flame struct {
	Router
}

func New() *Flame     { return &Flame{} }
func Classic() *Flame { return &Flame{} }

func (f *Flame) Use(handlers ...Handler) {}
