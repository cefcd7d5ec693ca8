// Package goth_fiber is a stub of github.com/shareed2k/goth_fiber (v0.3.3):
// goth's gothic for fiber v2, keeping the OAuth state in a fiber session
// store. CompleteUserAuth defers Logout unless told not to, and Logout
// destroys the request's session (which deletes its cookie from the
// request too).
package goth_fiber

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/session"
	"github.com/markbates/goth"
)

var SessionStore *session.Store

func BeginAuthHandler(ctx *fiber.Ctx) error { return nil }

type CompleteUserAuthOptions struct {
	ShouldLogout bool
}

func CompleteUserAuth(ctx *fiber.Ctx, options ...CompleteUserAuthOptions) (goth.User, error) {
	return goth.User{}, nil
}

func Logout(ctx *fiber.Ctx) error { return nil }

func StoreInSession(key string, value string, ctx *fiber.Ctx) error { return nil }

func GetFromSession(key string, ctx *fiber.Ctx) (string, error) { return "", nil }
