// Package fiberv3 uses Fiber v3 (v3.1.0) and its session middleware, in
// both of its modes.
//
// Cookie defaults are those of v2: SameSite Lax, HTTPOnly and Secure off.
// Middleware mode (session.New, session.FromContext) saves the session after
// the handler; store mode (session.NewStore, store.Get) needs Save.
// Regenerate gives a new ID in both modes. Destroy in store mode keeps the ID
// (Destroy, Set, Save is still fixation); in middleware mode it cancels the
// save, so a Set after it is lost rather than fixed.
package fiberv3

import (
	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// New builds the application in middleware mode with a hardened cookie.
func New() *fiber.App {
	app := fiber.New()
	app.Use(session.New(session.Config{CookieHTTPOnly: true, CookieSecure: true, CookieSameSite: fiber.CookieSameSiteLaxMode})) // e2e: clean
	app.Get("/remember", RememberMe)
	app.Get("/remember-hardened", RememberMeHardened)
	app.Post("/login", LoginVulnerable)
	app.Post("/login-fixed", LoginFixed)
	app.Post("/logout", Logout)
	app.Post("/theme", SetTheme)
	app.Get("/oauth/callback", OAuthCallback)
	return app
}

// NewDefaults mounts the middleware with its defaults: the session cookie
// has no HttpOnly and no Secure.
func NewDefaults() *fiber.App {
	app := fiber.New()
	app.Use(session.New()) // e2e: cookieflags
	app.Post("/login", LoginVulnerable)
	return app
}

// RememberMe sets a cookie with no HTTPOnly and no Secure.
func RememberMe(c fiber.Ctx) error {
	c.Cookie(&fiber.Cookie{Name: "remember", Value: c.Query("token"), MaxAge: 30 * 86400}) // e2e: cookieflags
	return c.SendStatus(fiber.StatusNoContent)
}

// RememberMeHardened sets the same cookie with every flag.
func RememberMeHardened(c fiber.Ctx) error {
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
func LoginVulnerable(c fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess := session.FromContext(c)
	sess.Set("user_id", u.ID) // e2e: sessionfixation
	return c.Redirect().To("/")
}

// LoginFixed regenerates the ID before the identity is stored.
func LoginFixed(c fiber.Ctx) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess := session.FromContext(c)
	if err := sess.Regenerate(); err != nil {
		return err
	}
	sess.Set("user_id", u.ID) // e2e: clean
	return c.Redirect().To("/")
}

// Logout destroys the session; the middleware then saves nothing and
// expires the cookie.
func Logout(c fiber.Ctx) error {
	if err := session.FromContext(c).Destroy(); err != nil { // e2e: clean
		return err
	}
	return c.Redirect().To("/")
}

// SetTheme stores a preference: not an identity.
func SetTheme(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if sess.Get("user_id") == nil {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	sess.Set("theme", c.FormValue("theme")) // e2e: clean
	return nil
}

// OAuthCallback stores the provider's identity in the pre-login session.
func OAuthCallback(c fiber.Ctx) error {
	sess := session.FromContext(c)
	if c.Query("state") != sess.Get("oauth_state") {
		return c.SendStatus(fiber.StatusBadRequest)
	}
	tok, err := oauth.Config.Exchange(c.Context(), c.Query("code"))
	if err != nil {
		return c.SendStatus(fiber.StatusBadGateway)
	}
	sess.Set("email", oauth.Email(tok)) // e2e: sessionfixation
	return c.Redirect().To("/")
}
