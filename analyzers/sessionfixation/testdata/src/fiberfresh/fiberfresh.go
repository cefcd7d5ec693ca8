// Package fiberfresh writes the identity only into sessions fiber made in
// this request (Session.Fresh), with a fiber that no longer adopts
// unknown IDs.
package fiberfresh

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var store = session.New()

func authenticate(c *fiber.Ctx) (*users.User, error) {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return nil, errors.New("bad password")
	}
	return u, nil
}

// Writing only into a session fiber just made (Fresh: since v2.52.5 an
// unknown ID is never kept) gives the identity a new ID. The test's
// GOPATH is named for fiber v2.52.9, the version the module selects.
func loginFresh(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		sess.Set("user_id", u.ID)
		return sess.Save()
	}
	return nil
}

func loginNotFresh(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if !sess.Fresh() {
		sess.Set("user_id", u.ID) // want `call sess.Regenerate\(\) first`
		return sess.Save()
	}
	return nil
}

func loginFreshElse(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if !sess.Fresh() {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}
