// Package csrf is a stub of github.com/gofiber/fiber/v2/middleware/csrf
// (v2.52.15; the same cookie fields since v2.28.0).
package csrf

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

type Config struct {
	Next              func(c *fiber.Ctx) bool
	KeyLookup         string
	CookieName        string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	Expiration        time.Duration
	// Deprecated: use the Cookie* fields.
	Cookie        *fiber.Cookie
	CookieExpires time.Duration
	TokenLookup   string
	ContextKey    string
}

func New(config ...Config) fiber.Handler { return nil }
