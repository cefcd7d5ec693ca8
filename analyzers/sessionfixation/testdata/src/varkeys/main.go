// Command varkeys serves the web package; it chooses one session key from
// its environment.
package main

import (
	"os"

	"github.com/gofiber/fiber/v2"

	"varkeys/keys"
	"varkeys/web"
)

func main() {
	keys.Tenant = os.Getenv("TENANT_KEY")
	app := fiber.New()
	web.Routes(app)
}
