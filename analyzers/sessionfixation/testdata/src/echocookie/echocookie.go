// Package echocookie gives echo-contrib a CookieStore: stateless.
package echocookie

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func Setup(e *echo.Echo) {
	e.Use(session.MiddlewareWithConfig(session.Config{Store: sessions.NewCookieStore([]byte("secret"))}))
	e.POST("/login", login)
}

func login(c echo.Context) error {
	u, err := users.FindByEmail(c.FormValue("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
		return c.NoContent(http.StatusUnauthorized)
	}
	s, _ := session.Get("sid", c)
	s.Values["user_id"] = u.ID
	return s.Save(c.Request(), c.Response())
}
