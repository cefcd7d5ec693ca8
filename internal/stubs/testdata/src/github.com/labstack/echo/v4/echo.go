// Package echo is a stub of github.com/labstack/echo/v4 v4.16.0.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	Response() *Response
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	FormValue(name string) string
	String(code int, s string) error
	Redirect(code int, url string) error
	NoContent(code int) error
}

type Response struct {
	Writer http.ResponseWriter
}

func (r *Response) Header() http.Header         { return r.Writer.Header() }
func (r *Response) Write(b []byte) (int, error) { return r.Writer.Write(b) }
func (r *Response) WriteHeader(code int)        { r.Writer.WriteHeader(code) }

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Route struct{}

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc) {}

func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
