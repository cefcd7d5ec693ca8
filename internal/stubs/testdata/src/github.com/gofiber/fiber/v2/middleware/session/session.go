// Package session is a stub of github.com/gofiber/fiber/v2/middleware/session v2.52.15.
package session

import "time"

type Config struct {
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

type Store struct{ Config }

func New(config ...Config) *Store { return &Store{} }

type Session struct{}

func (s *Session) ID() string { return "" }
