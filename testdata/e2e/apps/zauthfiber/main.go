// Command zauthfiber signs members in with goth through goth_fiber, whose
// session store main replaces by a hardened fiber store (memory storage:
// server-side records).
package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/shareed2k/goth_fiber"

	"sessionlint.test/e2e/apps/zauthfiber/auth"
)

func main() {
	goth_fiber.SessionStore = session.New(session.Config{KeyLookup: "cookie:members_session", CookieHTTPOnly: true, CookieSecure: true}) // e2e: clean
	app := fiber.New()
	app.Get("/login/:provider", goth_fiber.BeginAuthHandler)
	app.Get("/callback/:provider", auth.Callback)
	app.Get("/link/:provider", auth.Link)
	_ = app.Listen(":8080")
}
