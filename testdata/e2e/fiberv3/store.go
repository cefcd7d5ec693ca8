package fiberv3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

// apiStore is a store used without the middleware (store mode).
var apiStore = session.NewStore(session.Config{CookieHTTPOnly: true, CookieSecure: true}) // e2e: clean

// NewStoreMode builds an application that loads and saves sessions itself.
func NewStoreMode() *fiber.App {
	app := fiber.New()
	app.Post("/login", StoreLoginFixed)
	app.Post("/login-destroyed", StoreLoginDestroyTrap)
	return app
}

// StoreLoginFixed regenerates, stores the identity, and saves.
func StoreLoginFixed(c fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := apiStore.Get(c)
	if err != nil {
		return err
	}
	defer s.Release()
	if err := s.Regenerate(); err != nil {
		return err
	}
	s.Set("user_id", u.ID) // e2e: clean
	return s.Save()
}

// StoreLoginDestroyTrap destroys the session first. In store mode Destroy
// keeps the ID, so Set and Save store the identity under the old one.
func StoreLoginDestroyTrap(c fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := apiStore.Get(c)
	if err != nil {
		return err
	}
	defer s.Release()
	if err := s.Destroy(); err != nil {
		return err
	}
	s.Set("user_id", u.ID) // e2e: sessionfixation
	return s.Save()
}
