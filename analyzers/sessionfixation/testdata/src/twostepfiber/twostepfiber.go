// Package twostepfiber is a forced password change after a login (a
// FreeIPA self-service's shape): the first step renews and keeps the user
// name with authenticated = false; the second reads them back, changes
// the password, and marks the session authenticated. Its twin's first
// step does not renew: both steps are reported.
package twostepfiber

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var store = session.New()

func checkPassword(c *fiber.Ctx) (*users.User, error) {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return nil, err
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return nil, errors.New("bad password")
	}
	return u, nil
}

func expiredLogin(c *fiber.Ctx) error {
	u, err := checkPassword(c)
	if err != nil {
		return err
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("authenticated", false)
	sess.Set("username", u.Email)
	return sess.Save()
}

func changeExpired(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	username := sess.Get("username")
	if username == nil {
		return c.Redirect("/login")
	}
	if _, err := checkPassword(c); err != nil {
		return err
	}
	sess.Set("authenticated", true)
	sess.Set("username", username)
	return sess.Save()
}

func expiredLoginKept(c *fiber.Ctx) error {
	u, err := checkPassword(c)
	if err != nil {
		return err
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("authenticated", false)
	sess.Set("account", u.Email) // want `call sess.Regenerate\(\) first`
	return sess.Save()
}

func changeExpiredKept(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	account := sess.Get("account")
	if account == nil {
		return c.Redirect("/login")
	}
	if _, err := checkPassword(c); err != nil {
		return err
	}
	sess.Set("authenticated", true) // want `call sess.Regenerate\(\) first`
	sess.Set("account", account)
	return sess.Save()
}
