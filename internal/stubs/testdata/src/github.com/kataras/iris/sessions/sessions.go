// Package sessions is a stub of github.com/kataras/iris/sessions v11.1.1.
package sessions

import (
	"time"

	"github.com/kataras/iris/context"
)

type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Expires                     time.Duration
	DisableSubdomainPersistence bool
	SessionIDGenerator          func() string
}

type Sessions struct{}

func New(cfg Config) *Sessions { return &Sessions{} }

func (s *Sessions) Start(ctx context.Context) *Session { return &Session{} }

func (s *Sessions) Destroy(ctx context.Context) {}

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
