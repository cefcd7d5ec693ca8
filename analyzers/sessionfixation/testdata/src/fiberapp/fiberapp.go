package fiberapp

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

func Setup(app *fiber.App) {
	app.Post("/login", login)
	app.Post("/login2", func(c *fiber.Ctx) error {
		u, err := authenticate(c)
		if err != nil {
			return c.SendStatus(fiber.StatusUnauthorized)
		}
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		sess.Set("user_id", u.ID) // want `call sess.Regenerate\(\) first`
		return sess.Save()
	})
}

func login(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	sess.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; call sess.Regenerate\(\) first$`
	return sess.Save()
}

func loginGood(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}

// Set, Regenerate, Save: the renewal precedes persistence.
func loginRegenerateBeforeSave(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	sess.Set("user_id", u.ID)
	_ = sess.Regenerate()
	return sess.Save()
}

func loginReset(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	_ = sess.Reset()
	sess.Set("user_id", u.ID)
	return sess.Save()
}

func loginRegenerateTop(c *fiber.Ctx) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := sess.Regenerate(); err != nil {
		return err
	}
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}

func loginDestroy(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	_ = sess.Destroy()
	sess.Set("user_id", u.ID) // want `\(Destroy keeps the session ID\); call sess.Regenerate\(\) first`
	return sess.Save()
}

func loginDelete(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	sess.Delete("user_id")
	sess.Set("user_id", u.ID) // want `\(Delete keeps the session ID\)`
	return sess.Save()
}

func loginRemember(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	if c.FormValue("remember") != "" {
		_ = sess.Regenerate()
	}
	sess.Set("user_id", u.ID) // want `before its ID is renewed`
	return sess.Save()
}

func regenerate(sess *session.Session) error {
	return sess.Regenerate()
}

func logIn(sess *session.Session, u *users.User) error {
	sess.Set("user_id", u.ID)
	return sess.Save()
}

func loginHelperRenews(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	if err := regenerate(sess); err != nil {
		return err
	}
	sess.Set("user_id", u.ID)
	return sess.Save()
}

// The helper saves: a renewal after the call comes too late.
func loginHelperWrites(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	if err := logIn(sess, u); err != nil { // want `^logIn stores user identity in the session before its ID is renewed; call sess.Regenerate\(\) first$`
		return err
	}
	return regenerate(sess)
}

func loginPreferences(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return err
	}
	sess, _ := store.Get(c)
	sess.Set("theme", u.Theme)
	sess.Set("csrf", "token")
	return sess.Save()
}

func logout(c *fiber.Ctx) error {
	sess, _ := store.Get(c)
	return sess.Destroy()
}

func updateProfile(c *fiber.Ctx) error {
	sess, _ := store.Get(c)
	sess.Set("email", c.FormValue("email"))
	return sess.Save()
}

// Fresh says the session is new, but before v2.52.5 it is also new when
// the store kept an unknown ID the client sent: where the selected version
// is not known (here), it renews nothing.
func loginFreshUnknownVersion(c *fiber.Ctx) error {
	u, err := authenticate(c)
	if err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	if sess.Fresh() {
		sess.Set("user_id", u.ID) // want `call sess.Regenerate\(\) first`
		return sess.Save()
	}
	return nil
}
