// Package gothfiberapp signs users in through goth_fiber, which keeps
// goth's state in a fiber session store (a server-side one: the
// application gives it a database storage). CompleteUserAuth logs out
// before it returns unless told not to, destroying the request's session
// and deleting its cookie from the request: the session a helper obtains
// after it has a new ID. Told not to, it leaves the request's session as
// it came.
package gothfiberapp

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/shareed2k/goth_fiber"
)

func Setup(storage session.Storage) {
	goth_fiber.SessionStore = session.New(session.Config{Storage: storage, CookieHTTPOnly: true, CookieSecure: true})
}

func storeInSession(c *fiber.Ctx, key string, value any) error {
	sess, err := goth_fiber.SessionStore.Get(c)
	if err != nil {
		return err
	}
	sess.Set(key, value)
	return sess.Save()
}

// Callback: the session stored into is one made after the logout.
func Callback(c *fiber.Ctx) error {
	user, err := goth_fiber.CompleteUserAuth(c)
	if err != nil {
		return err
	}
	return storeInSession(c, "member", user.UserID)
}

// CallbackKeepingSession asks CompleteUserAuth not to log out: the
// identity goes into the session whose ID the request brought.
func CallbackKeepingSession(c *fiber.Ctx) error {
	user, err := goth_fiber.CompleteUserAuth(c, goth_fiber.CompleteUserAuthOptions{ShouldLogout: false})
	if err != nil {
		return err
	}
	return storeInSession(c, "member", user.UserID) // want `storeInSession stores user identity in the session before its ID is renewed`
}

// LoggedOutFirst logs out itself before storing a user a form names.
func LoggedOutFirst(c *fiber.Ctx) error {
	user, err := goth_fiber.CompleteUserAuth(c, goth_fiber.CompleteUserAuthOptions{})
	if err != nil {
		return err
	}
	if err := goth_fiber.Logout(c); err != nil {
		return err
	}
	return storeInSession(c, "member", user.UserID)
}
