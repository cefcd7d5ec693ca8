// Package members keeps the signed-in member in goth_fiber's session store.
package members

import (
	"github.com/gofiber/fiber/v2"
	"github.com/shareed2k/goth_fiber"
)

// Remember stores value under key in the request's session.
func Remember(c *fiber.Ctx, key string, value any) error {
	sess, err := goth_fiber.SessionStore.Get(c)
	if err != nil {
		return err
	}
	sess.Set(key, value)
	return sess.Save()
}
