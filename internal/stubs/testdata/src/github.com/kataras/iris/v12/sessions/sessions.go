// Package sessions is a stub of github.com/kataras/iris/v12/sessions v12.2.11.
package sessions

import (
	"time"

	"github.com/kataras/iris/v12/context"
)

type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Expires                     time.Duration
	DisableSubdomainPersistence bool
	Encoding                    context.SecureCookie
	SessionIDGenerator          func(ctx *context.Context) string
}

type Sessions struct{}

func New(cfg Config) *Sessions { return &Sessions{} }

func (s *Sessions) Start(ctx *context.Context, cookieOptions ...context.CookieOption) *Session {
	return &Session{}
}

func (s *Sessions) Handler(requestOptions ...context.CookieOption) context.Handler { return nil }

func (s *Sessions) Destroy(ctx *context.Context) {}

func Get(ctx *context.Context) *Session { return nil }

type Session struct {
	sid string
}

func (s *Session) Destroy()                                   {}
func (s *Session) ID() string                                 { return s.sid }
func (s *Session) Get(key string) interface{}                 { return nil }
func (s *Session) GetString(key string) string                { return "" }
func (s *Session) Set(key string, value interface{})          {}
func (s *Session) SetImmutable(key string, value interface{}) {}
func (s *Session) Delete(key string) bool                     { return false }
func (s *Session) Clear()                                     {}
