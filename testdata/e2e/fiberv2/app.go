// Package fiberv2 uses Fiber v2 (v2.52.15) and its session middleware.
//
// c.Cookie(&fiber.Cookie{...}) defaults SameSite to Lax but leaves HTTPOnly
// and Secure off. session.New() does the same for the session cookie, and a
// session.Config literal keeps every Cookie* field it does not set at zero.
// Regenerate and Reset give the session a new ID; Destroy only deletes the
// data and keeps the ID (Destroy, Set, Save stores the identity under the old
// ID).
package fiberv2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/csrf"
	"github.com/gofiber/fiber/v2/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// store is the hardened store the handlers use.
var store = session.New(session.Config{CookieHTTPOnly: true, CookieSecure: true, CookieSameSite: fiber.CookieSameSiteLaxMode}) // e2e: clean

// NewDefaultStore keeps the defaults: no HttpOnly, no Secure.
func NewDefaultStore() *session.Store {
	return session.New() // e2e: cookieflags
}

// NewCSRF protects a form with a Secure token cookie.
func NewCSRF() fiber.Handler {
	return csrf.New(csrf.Config{CookieSecure: true, CookieSameSite: fiber.CookieSameSiteStrictMode}) // e2e: clean
}

// NewPartialStore sets only the cookie name and path: HTTPOnly and Secure
// stay off.
func NewPartialStore() *session.Store {
	return session.New(session.Config{KeyLookup: "cookie:sid", CookiePath: "/"}) // e2e: cookieflags
}

// New builds the application.
func New() *fiber.App {
	app := fiber.New()
	// The CSRF middleware's token cookie: SameSite Lax by default, never
	// Secure unless asked.
	app.Use(csrf.New(csrf.Config{KeyLookup: "header:X-Csrf-Token"})) // e2e: cookieflags
	app.Get("/remember", RememberMe)
	app.Get("/remember-hardened", RememberMeHardened)
	app.Post("/login", LoginVulnerable)
	app.Post("/login-fixed", LoginFixed)
	app.Post("/login-destroyed", LoginDestroyTrap)
	app.Post("/logout", Logout)
	app.Post("/theme", SetTheme)
	app.Get("/oauth/callback", OAuthCallback)
	return app
}

// RememberMe sets a cookie with no HTTPOnly and no Secure.
func RememberMe(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "remember", Value: c.Query("token"), MaxAge: 30 * 86400}) // e2e: cookieflags
	return c.SendStatus(fiber.StatusNoContent)
}

// RememberMeHardened sets the same cookie with every flag.
func RememberMeHardened(c *fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{ // e2e: clean
		Name:     "remember",
		Value:    c.Query("token"),
		MaxAge:   30 * 86400,
		HTTPOnly: true,
		Secure:   true,
		SameSite: fiber.CookieSameSiteStrictMode,
	})
	return c.SendStatus(fiber.StatusNoContent)
}

// LoginVulnerable writes the user into the session the browser presented.
func LoginVulnerable(c *fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	s.Set("user_id", u.ID) // e2e: sessionfixation
	if err := s.Save(); err != nil {
		return err
	}
	return c.Redirect("/", fiber.StatusSeeOther)
}

// LoginFixed regenerates the ID before the identity is stored.
func LoginFixed(c *fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := s.Regenerate(); err != nil {
		return err
	}
	s.Set("user_id", u.ID) // e2e: clean
	if err := s.Save(); err != nil {
		return err
	}
	return c.Redirect("/", fiber.StatusSeeOther)
}

// LoginDestroyTrap destroys the session first. Destroy keeps the ID, so
// Set and Save store the identity under the old, attacker-known ID.
func LoginDestroyTrap(c *fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := s.Destroy(); err != nil {
		return err
	}
	s.Set("user_id", u.ID) // e2e: sessionfixation
	if err := s.Save(); err != nil {
		return err
	}
	return c.Redirect("/", fiber.StatusSeeOther)
}

// Logout destroys the session.
func Logout(c *fiber.Ctx) error {
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	if err := s.Destroy(); err != nil { // e2e: clean
		return err
	}
	return c.Redirect("/", fiber.StatusSeeOther)
}

// SetTheme stores a preference: not an identity.
func SetTheme(c *fiber.Ctx) error {
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	if s.Get("user_id") == nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	s.Set("theme", c.FormValue("theme")) // e2e: clean
	return s.Save()
}

// OAuthCallback stores the provider's identity in the pre-login session.
func OAuthCallback(c *fiber.Ctx) error {
	s, err := store.Get(c)
	if err != nil {
		return err
	}
	if c.Query("state") != s.Get("oauth_state") {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	tok, err := oauth.Config.Exchange(c.UserContext(), c.Query("code"))
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	s.Set("email", oauth.Email(tok)) // e2e: sessionfixation
	return s.Save()
}
