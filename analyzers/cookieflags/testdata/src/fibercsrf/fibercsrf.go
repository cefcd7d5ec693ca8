// Package fibercsrf configures fiber's CSRF middleware: its token cookie
// is SameSite Lax by default but Secure only when asked for.
package fibercsrf

import (
	"os"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
)

func routes(app *fiber.App) {
	app.Use(csrf.New(csrf.Config{ // want `CSRF cookie of csrf.New is sent without Secure`
		KeyLookup:      "header:X-Csrf-Token",
		CookieSameSite: "Strict",
	}))
}

func defaults(app *fiber.App) {
	app.Use(csrf.New()) // want `CSRF cookie of csrf.New is sent without Secure`
}

func hardened(app *fiber.App) {
	app.Use(csrf.New(csrf.Config{CookieSecure: true, CookieHTTPOnly: true}))
}

func configured(app *fiber.App) {
	app.Use(csrf.New(csrf.Config{CookieSecure: os.Getenv("HTTPS") == "1"}))
}

// The token cookie's name from configuration: still the page's scripts'
// to read.
func namedByConfig(app *fiber.App) {
	app.Use(csrf.New(csrf.Config{CookieName: os.Getenv("CSRF_COOKIE"), CookieSecure: true, CookieHTTPOnly: false}))
}
