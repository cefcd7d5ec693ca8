// Package session is a stub of github.com/gofiber/fiber/v3/middleware/session v3.1.0.
package session

import "github.com/gofiber/fiber/v3/extractors"

type Config struct {
	Extractor      extractors.Extractor
	CookieHTTPOnly bool
}

type Store struct{}

func NewStore(config ...Config) *Store { return &Store{} }
