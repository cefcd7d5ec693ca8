// Package session is a stub of github.com/gofiber/fiber/v2/middleware/session v2.52.4.
package session

import "time"

type Config struct {
	Expiration     time.Duration
	KeyLookup      string
	CookieSecure   bool
	CookieHTTPOnly bool
	KeyGenerator   func() string
}

type Store struct{ Config }

type Session struct{}

func New(config ...Config) *Store { return &Store{} }

func (s *Session) ID() string { return "" }
