package fiber3app

import (
	"errors"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var store = session.NewStore()

func Setup(app *fiber.App) {
	app.Use(session.New())
	app.Post("/login", login)
}

// Middleware mode: the session is saved after the handler.
func login(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	m := session.FromContext(c)
	m.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; call m.Regenerate\(\) first$`
	return nil
}

func loginGood(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	m := session.FromContext(c)
	m.Set("user_id", u.ID)
	return m.Regenerate()
}

// Store mode: Destroy keeps the ID.
func loginStore(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	defer sess.Release()
	_ = sess.Destroy()
	sess.Set("user_id", u.ID) // want `\(Destroy keeps the session ID\); call sess.Regenerate\(\) first`
	return sess.Save()
}

func loginStoreGood(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
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

// The middleware's Session field is the same session.
func loginField(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	m := session.FromContext(c)
	if err := m.Regenerate(); err != nil {
		return err
	}
	m.Session.Set("user_id", u.ID)
	return nil
}

// renew regenerates the request's session; without one it fails.
func renew(c fiber.Ctx) error {
	m := session.FromContext(c)
	if m == nil {
		return errors.New("no session")
	}
	return m.Regenerate()
}

// loginRenewedByHelper renews through a helper that fails without a
// session: where it returns nil, the session has a new ID.
func loginRenewedByHelper(c fiber.Ctx) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	if err := renew(c); err != nil {
		return err
	}
	m := session.FromContext(c)
	m.Delete("pending_user")
	m.Set("user_id", u.ID)
	return nil
}
