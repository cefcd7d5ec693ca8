// Package sessions stubs github.com/kataras/go-sessions/v3 (v3.3.1).
package sessions

import (
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

type Encoding interface {
	Encode(cookieName string, value interface{}) (string, error)
	Decode(cookieName string, cookieValue string, v interface{}) error
}

type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Encode                      func(cookieName string, value interface{}) (string, error)
	Decode                      func(cookieName string, cookieValue string, v interface{}) error
	Encoding                    Encoding
	Expires                     time.Duration
	SessionIDGenerator          func() string
	DisableSubdomainPersistence bool
}

type Sessions struct{ config Config }

type Session struct{ sid string }

var Default = New(Config{})

func New(cfg Config) *Sessions { return &Sessions{config: cfg} }

func Start(w http.ResponseWriter, r *http.Request) *Session { return Default.Start(w, r) }

func (s *Sessions) Start(w http.ResponseWriter, r *http.Request) *Session { return nil }

func StartFasthttp(ctx *fasthttp.RequestCtx) *Session { return Default.StartFasthttp(ctx) }

func (s *Sessions) StartFasthttp(ctx *fasthttp.RequestCtx) *Session { return nil }

func Destroy(w http.ResponseWriter, r *http.Request) { Default.Destroy(w, r) }

func (s *Sessions) Destroy(w http.ResponseWriter, r *http.Request) {}

func DestroyByID(sid string) {}

func (s *Sessions) DestroyByID(sid string) {}

func (s *Session) ID() string { return s.sid }

func (s *Session) IsNew() bool { return false }

func (s *Session) Get(key string) interface{} { return nil }

func (s *Session) GetString(key string) string { return "" }

func (s *Session) Set(key string, value interface{}) {}

func (s *Session) SetImmutable(key string, value interface{}) {}

func (s *Session) SetFlash(key string, value interface{}) {}

func (s *Session) Delete(key string) bool { return false }

func (s *Session) Clear() {}

func (s *Session) Destroy() {}
