// Package app configures fiber's session cookie through its own manager.
package app

import (
	"time"

	"github.com/gofiber/fiber/v2/middleware/session"

	"configwrapper/sessmgr"
)

func router() *sessmgr.Manager {
	config := session.Config{ // want `session cookie is sent without Secure; set CookieSecure: true`
		KeyLookup:      "cookie:session",
		Expiration:     7 * 24 * time.Hour,
		CookieHTTPOnly: true,
		CookieSameSite: "Lax",
	}
	return sessmgr.New(config, nil)
}

func hardenedRouter() *sessmgr.Manager {
	config := session.Config{
		KeyLookup:      "cookie:session",
		CookieHTTPOnly: true,
		CookieSecure:   true,
		CookieSameSite: "Lax",
	}
	return sessmgr.New(config, nil)
}
