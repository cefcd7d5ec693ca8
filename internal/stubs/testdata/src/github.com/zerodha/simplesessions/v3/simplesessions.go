// Package simplesessions is a stub of github.com/zerodha/simplesessions/v3
// v3.0.0.
package simplesessions

import (
	"context"
	"net/http"
	"time"
)

type Store interface {
	Create(id string) error
	Set(id, key string, value interface{}) error
}

type CookieOptions struct {
	Name       string
	Domain     string
	Path       string
	IsSecure   bool
	IsHTTPOnly bool
	SameSite   http.SameSite
	Expires    time.Time
	MaxAge     time.Duration
}

type Options struct {
	EnableAutoCreate bool
	SessionIDLength  int
	Cookie           CookieOptions
}

type Manager struct{}

func New(opts Options) *Manager { return &Manager{} }

func (m *Manager) UseStore(str Store) {}

func (m *Manager) SetCookieHooks(getCookie func(string, interface{}) (*http.Cookie, error), setCookie func(*http.Cookie, interface{}) error) {
}

func (m *Manager) NewSession(r, w interface{}) (*Session, error) { return &Session{}, nil }

func (m *Manager) Acquire(c context.Context, r, w interface{}) (*Session, error) {
	return &Session{}, nil
}

type Session struct{ id string }

func (s *Session) ID() string                                 { return s.id }
func (s *Session) Get(key string) (interface{}, error)        { return nil, nil }
func (s *Session) Set(key string, val interface{}) error      { return nil }
func (s *Session) SetMulti(data map[string]interface{}) error { return nil }
func (s *Session) Delete(key ...string) error                 { return nil }
func (s *Session) Clear() error                               { return nil }
func (s *Session) Destroy() error                             { return nil }
func (s *Session) Int(r interface{}, err error) (int, error)  { return 0, nil }
