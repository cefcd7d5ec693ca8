package echoapp

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func Setup(e *echo.Echo) {
	e.Use(session.Middleware(sessions.NewFilesystemStore("", []byte("secret"))))
	e.POST("/login", login)
	e.POST("/login2", func(c echo.Context) error {
		u, err := users.FindByEmail(c.FormValue("email"))
		if err != nil {
			return err
		}
		if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.FormValue("password"))); err != nil {
			return c.NoContent(http.StatusUnauthorized)
		}
		s, _ := session.Get("sid", c)
		s.ID = ""
		s.Values["user_id"] = u.ID
		return s.Save(c.Request(), c.Response())
	})
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
	s.Values["user_id"] = u.ID // want `^user identity is stored in the session before its ID is renewed; set s.ID = ""`
	return s.Save(c.Request(), c.Response())
}
