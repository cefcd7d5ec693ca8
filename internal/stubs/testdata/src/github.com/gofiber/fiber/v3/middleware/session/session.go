// Package session is a stub of github.com/gofiber/fiber/v3/middleware/session v3.1.0.
package session

import (
	fiber "github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
)

type Config struct {
	CookieDomain      string
	CookiePath        string
	CookieSameSite    string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSessionOnly bool
	Extractor         extractors.Extractor
}

type Store struct{}

func New(config ...Config) fiber.Handler { return nil }

func NewStore(config ...Config) *Store { return &Store{} }
