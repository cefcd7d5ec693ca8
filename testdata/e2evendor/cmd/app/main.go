// Command app serves the web package and a fiber API whose session
// middleware, in the fiber version vendored (v2.52.4), adopts session IDs
// chosen by the client (CVE-2024-38513).
package main

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"

	"sessionlint.test/e2evendor/web"
)

var sessions = session.New(session.Config{CookieHTTPOnly: true, CookieSecure: true})

func main() {
	api := fiber.New()
	api.Get("/api/visits", func(c *fiber.Ctx) error {
		s, err := sessions.Get(c)
		if err != nil {
			return err
		}
		n, _ := s.Get("visits").(int)
		s.Set("visits", n+1)
		return s.Save()
	})
	go func() { _ = api.Listen(":8081") }()
	http.HandleFunc("/", web.Hello)
	_ = http.ListenAndServe(":8080", nil)
}
