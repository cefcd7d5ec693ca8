// Package echocontrib uses Echo v4 (v4.16.0) with the echo-contrib session
// middleware (v0.17.4), which is gorilla/sessions underneath.
//
// c.SetCookie is a thin wrapper around http.SetCookie: it adds no flag.
// session.Get(name, c) is store.Get(c.Request(), name), so sessions behave
// exactly as in gorilla/sessions: with a server-side store the only way to a
// new ID is sess.ID = "" followed by Save.
package echocontrib

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

var hashKey = []byte("e2e-hash-key-0123456789abcdef012")

// New builds the application on a server-side FilesystemStore.
func New(dir string) *echo.Echo {
	e := echo.New()
	store := sessions.NewFilesystemStore(dir, hashKey) // e2e: clean
	// Hardened: every field of the replacement Options is given.
	store.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode} // e2e: clean
	e.Use(session.Middleware(store))

	e.GET("/remember", RememberMe)
	e.GET("/remember-hardened", RememberMeHardened)
	e.POST("/login", LoginVulnerable)
	e.POST("/login-fixed", LoginFixed)
	e.POST("/logout", Logout)
	e.POST("/flash", FlashAfterLogin)
	e.GET("/oauth/callback", OAuthCallback)
	return e
}

// NewDefaults builds the application on a store left at its defaults: the
// session cookie has no HttpOnly, no Secure and no SameSite.
func NewDefaults(dir string) *echo.Echo {
	e := echo.New()
	e.Use(session.Middleware(sessions.NewFilesystemStore(dir, hashKey))) // e2e: cookieflags
	e.POST("/login", LoginVulnerable)
	return e
}

// RememberMe sets a long-lived cookie with no flag.
func RememberMe(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "remember", Value: c.QueryParam("token"), Path: "/", MaxAge: 30 * 86400}) // e2e: cookieflags
	return c.NoContent(http.StatusNoContent)
}

// RememberMeHardened sets the same cookie with every flag.
func RememberMeHardened(c echo.Context) error {
	c.SetCookie(&http.Cookie{ // e2e: clean
		Name:     "remember",
		Value:    c.QueryParam("token"),
		Path:     "/",
		MaxAge:   30 * 86400,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteStrictMode,
	})
	return c.NoContent(http.StatusNoContent)
}

// checkPassword reports whether the form's credentials are valid.
func checkPassword(c echo.Context) (users.User, bool) {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok {
		return users.User{}, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) == nil
}

// LoginVulnerable keeps the session ID the browser came with.
func LoginVulnerable(c echo.Context) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	sess, err := session.Get("sid", c)
	if err != nil {
		return err
	}
	sess.Values["user_id"] = u.ID // e2e: sessionfixation
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// LoginFixed empties the ID so that Save stores the session under a new one.
func LoginFixed(c echo.Context) error {
	u, ok := users.Lookup(c.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))) != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	sess, err := session.Get("sid", c)
	if err != nil {
		return err
	}
	sess.ID = ""
	sess.Values["user_id"] = u.ID // e2e: clean
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.Redirect(http.StatusSeeOther, "/")
}

// Logout deletes the session.
func Logout(c echo.Context) error {
	sess, err := session.Get("sid", c)
	if err != nil {
		return err
	}
	sess.Options.MaxAge = -1
	sess.Values = map[interface{}]interface{}{} // e2e: clean
	return sess.Save(c.Request(), c.Response())
}

// FlashAfterLogin checks the password only to pick a message: the session
// gets a flash, not an identity.
func FlashAfterLogin(c echo.Context) error {
	sess, err := session.Get("sid", c)
	if err != nil {
		return err
	}
	if _, ok := checkPassword(c); ok {
		sess.AddFlash("password confirmed") // e2e: clean
	} else {
		sess.AddFlash("wrong password") // e2e: clean
	}
	return sess.Save(c.Request(), c.Response())
}

// OAuthCallback stores the provider's identity in the pre-login session.
func OAuthCallback(c echo.Context) error {
	tok, err := oauth.Config.Exchange(c.Request().Context(), c.QueryParam("code"))
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	sess, err := session.Get("sid", c)
	if err != nil {
		return err
	}
	sess.Values["email"] = oauth.Email(tok) // e2e: sessionfixation
	return sess.Save(c.Request(), c.Response())
}

// WithCSRF adds echo's CSRF middleware; its token cookie lacks Secure.
func WithCSRF(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{ // e2e: cookieflags
		CookiePath:     "/",
		CookieHTTPOnly: true,
		CookieSameSite: http.SameSiteStrictMode,
	}))
}

// WithCSRFHardened is the clean twin.
func WithCSRFHardened(e *echo.Echo) {
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{ // e2e: clean
		CookiePath:     "/",
		CookieSecure:   true,
		CookieSameSite: http.SameSiteStrictMode,
	}))
}
