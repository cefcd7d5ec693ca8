// Package buffalo is a stub of github.com/gobuffalo/buffalo v1.1.4.
package buffalo

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"
)

type Session struct {
	Session *sessions.Session
	req     *http.Request
	res     http.ResponseWriter
}

func (s *Session) Save() error          { return nil }
func (s *Session) Get(name any) any     { return nil }
func (s *Session) GetOnce(name any) any { return nil }
func (s *Session) Set(name, value any)  {}
func (s *Session) Delete(name any)      {}
func (s *Session) Clear()               {}

type Context interface {
	context.Context
	Response() http.ResponseWriter
	Request() *http.Request
	Session() *Session
	Param(string) string
	Redirect(int, string, ...interface{}) error
}

type Handler func(Context) error

type Options struct {
	Env          string
	SessionStore sessions.Store
	SessionName  string
}

type App struct{}

func New(opts Options) *App { return &App{} }

func (a *App) POST(p string, h Handler) {}
