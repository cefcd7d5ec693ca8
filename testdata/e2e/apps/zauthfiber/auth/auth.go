// Package auth finishes the provider's sign-in.
package auth

import (
	"github.com/gofiber/fiber/v2"
	"github.com/shareed2k/goth_fiber"

	"sessionlint.test/e2e/apps/zauthfiber/members"
)

// Callback lets CompleteUserAuth log out first (its default): the session
// Remember obtains afterwards has a new ID.
func Callback(c *fiber.Ctx) error {
	user, err := goth_fiber.CompleteUserAuth(c)
	if err != nil {
		return err
	}
	return members.Remember(c, "member", user.UserID) // e2e: clean
}

// Link keeps the request's session to add a provider to it, and so stores
// the member under the ID the request brought.
func Link(c *fiber.Ctx) error {
	user, err := goth_fiber.CompleteUserAuth(c, goth_fiber.CompleteUserAuthOptions{ShouldLogout: false})
	if err != nil {
		return err
	}
	return members.Remember(c, "member", user.UserID) // e2e: sessionfixation
}
