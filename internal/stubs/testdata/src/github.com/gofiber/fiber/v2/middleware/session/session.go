// Package session is a stub of github.com/gofiber/fiber/v2/middleware/session
// v2.52.15.
package session

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Storage is fiber.Storage, the interface of the store's records.
type Storage interface {
	Get(key string) ([]byte, error)
	Set(key string, val []byte, exp time.Duration) error
	Delete(key string) error
}

type Config struct {
	Storage           Storage
	Expiration        time.Duration
	KeyLookup         string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	KeyGenerator      func() string
}

type Store struct {
	Config
}

func New(config ...Config) *Store { return &Store{} }

func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{}, nil }

func (s *Store) Reset() error { return nil }

func (s *Store) Delete(id string) error { return nil }

type Session struct {
	id string
}

func (s *Session) Fresh() bool                     { return false }
func (s *Session) ID() string                      { return s.id }
func (s *Session) Get(key string) interface{}      { return nil }
func (s *Session) Set(key string, val interface{}) {}
func (s *Session) Delete(key string)               {}
func (s *Session) Destroy() error                  { return nil }
func (s *Session) Regenerate() error               { return nil }
func (s *Session) Reset() error                    { return nil }
func (s *Session) Save() error                     { return nil }
func (s *Session) Keys() []string                  { return nil }
func (s *Session) SetExpiry(exp time.Duration)     {}
