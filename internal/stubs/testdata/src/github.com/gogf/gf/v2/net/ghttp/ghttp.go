// Package ghttp is a stub of github.com/gogf/gf/v2/net/ghttp v2.9.4.
package ghttp

import (
	"context"
	"net/http"
	"time"

	"github.com/gogf/gf/v2/container/gvar"
	"github.com/gogf/gf/v2/os/gsession"
)

type Session = gsession.Session

type Request struct {
	*http.Request
	Server   *Server
	Cookie   *Cookie
	Session  *Session
	Response *Response
}

type Response struct{}

func (r *Response) Write(content ...any)                    {}
func (r *Response) WriteJson(content any)                   {}
func (r *Response) RedirectTo(location string, code ...int) {}

type HandlerFunc = func(r *Request)

func RequestFromCtx(ctx context.Context) *Request { return nil }

func (r *Request) Context() context.Context                                  { return context.Background() }
func (r *Request) GetCtx() context.Context                                   { return context.Background() }
func (r *Request) Get(key string, def ...any) *gvar.Var                      { return nil }
func (r *Request) GetForm(key string, def ...any) *gvar.Var                  { return nil }
func (r *Request) GetQuery(key string, def ...any) *gvar.Var                 { return nil }
func (r *Request) GetRequest(key string, def ...any) *gvar.Var               { return nil }
func (r *Request) GetRouter(key string, def ...any) *gvar.Var                { return nil }
func (r *Request) GetHeader(key string, def ...string) string                { return "" }
func (r *Request) GetSessionId() string                                      { return "" }
func (r *Request) Parse(pointer any) error                                   { return nil }
func (r *Request) ParseForm(pointer any) error                               { return nil }
func (r *Request) ParseQuery(pointer any) error                              { return nil }
func (r *Request) GetStruct(pointer any, mapping ...map[string]string) error { return nil }
func (r *Request) Middleware() *middleware                                   { return &middleware{} }
func (r *Request) SetCtxVar(key any, value any)                              {}

type middleware struct{}

func (m *middleware) Next() {}

type Cookie struct{}

func (c *Cookie) Set(key, value string) {}

// CookieOptions are a cookie's security attributes.
type CookieOptions struct {
	SameSite http.SameSite
	Secure   bool
	HttpOnly bool
}

func (c *Cookie) SetCookie(key, value, domain, path string, maxAge time.Duration, options ...CookieOptions) {
}
func (c *Cookie) Get(key string, def ...string) *gvar.Var { return nil }
func (c *Cookie) Remove(key string)                       {}

type ServerConfig struct {
	CookieMaxAge   int64
	CookiePath     string
	CookieDomain   string
	CookieSameSite string
	CookieSecure   bool
	CookieHttpOnly bool
	SessionIdName  string
}

type Server struct{}

func GetServer(name ...any) *Server                       { return &Server{} }
func (s *Server) SetConfig(c ServerConfig) error          { return nil }
func (s *Server) SetConfigWithMap(m map[string]any) error { return nil }
func (s *Server) BindHandler(pattern string, handler any) {}
func (s *Server) Run()                                    {}
func (s *Server) Start() error                            { return nil }
func (s *Server) Shutdown() error                         { return nil }

type RouterGroup struct{}

func (s *Server) Group(prefix string, groups ...func(group *RouterGroup)) *RouterGroup {
	return &RouterGroup{}
}
func (g *RouterGroup) Bind(handlerOrObject ...any) *RouterGroup                    { return g }
func (g *RouterGroup) POST(pattern string, object any, params ...any) *RouterGroup { return g }
