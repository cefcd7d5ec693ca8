package web

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"users"
	"varkeys/keys"
)

var sessions = session.New()

// signedInKey is this package's own key, never assigned again.
var signedInKey = "is_authenticated"

func checkLogin(c *fiber.Ctx) (*users.User, error) {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return nil, err
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return nil, errors.New("wrong password")
	}
	return u, nil
}

func Routes(app *fiber.App) {
	app.Post("/login", signIn)
	app.Post("/login/renewed", signInRenewed)
	app.Post("/login/name", signInByName)
	app.Post("/login/tenant", signInTenant)
}

func signIn(c *fiber.Ctx) error {
	u, err := checkLogin(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := sessions.Get(c)
	if err != nil {
		return err
	}
	s.Set(keys.Notice, "welcome back")
	s.Set(keys.LoggedIn, true) // want `call s.Regenerate\(\) first`
	s.Set(keys.Account, u.Email)
	return s.Save()
}

func signInRenewed(c *fiber.Ctx) error {
	u, err := checkLogin(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := sessions.Get(c)
	if err != nil {
		return err
	}
	if err := s.Regenerate(); err != nil {
		return err
	}
	s.Set(keys.LoggedIn, true)
	s.Set(keys.Member, u.ID)
	return s.Save()
}

func signInByName(c *fiber.Ctx) error {
	u, err := checkLogin(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := sessions.Get(c)
	if err != nil {
		return err
	}
	s.Set(signedInKey, true) // want `call s.Regenerate\(\) first`
	s.Set(keys.Notice, "hello "+u.Email)
	return s.Save()
}

// signInTenant writes under keys that are not constants: Visits is changed
// by its package's init, Tenant by main. A count is no identity; the user's
// ID is, whatever the key.
func signInTenant(c *fiber.Ctx) error {
	u, err := checkLogin(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := sessions.Get(c)
	if err != nil {
		return err
	}
	s.Set(keys.Visits, 1)
	s.Set(keys.Tenant, u.ID) // want `call s.Regenerate\(\) first`
	return s.Save()
}
