// Package session is a stub of github.com/gofiber/fiber/v3/middleware/session v3.1.0.
package session

import (
	fiber "github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
)

type Config struct {
	Store             *Store
	CookieDomain      string
	CookiePath        string
	CookieSameSite    string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSessionOnly bool
	Extractor         extractors.Extractor
}

type Store struct {
	Config
}

func New(config ...Config) fiber.Handler { return nil }

func NewWithStore(config ...Config) (fiber.Handler, *Store) { return nil, &Store{} }

func NewStore(config ...Config) *Store { return &Store{} }

func (s *Store) Get(c fiber.Ctx) (*Session, error) { return &Session{}, nil }

type Session struct {
	id string
}

func (s *Session) Release()          {}
func (s *Session) Fresh() bool       { return false }
func (s *Session) ID() string        { return s.id }
func (s *Session) Get(key any) any   { return nil }
func (s *Session) Set(key, val any)  {}
func (s *Session) Delete(key any)    {}
func (s *Session) Destroy() error    { return nil }
func (s *Session) Regenerate() error { return nil }
func (s *Session) Reset() error      { return nil }
func (s *Session) Save() error       { return nil }
func (s *Session) Keys() []any       { return nil }

type Middleware struct {
	Session *Session
}

func FromContext(ctx any) *Middleware { return nil }

func (m *Middleware) Set(key, value any) {}
func (m *Middleware) Get(key any) any    { return nil }
func (m *Middleware) Delete(key any)     {}
func (m *Middleware) Destroy() error     { return nil }
func (m *Middleware) Fresh() bool        { return false }
func (m *Middleware) ID() string         { return "" }
func (m *Middleware) Reset() error       { return nil }
func (m *Middleware) Regenerate() error  { return nil }
func (m *Middleware) Store() *Store      { return nil }
