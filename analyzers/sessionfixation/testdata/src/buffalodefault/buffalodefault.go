// Package buffalodefault keeps buffalo's default CookieStore: stateless.
package buffalodefault

import (
	"github.com/gobuffalo/buffalo"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func App() *buffalo.App {
	app := buffalo.New(buffalo.Options{SessionName: "_app_session"})
	app.POST("/signin", AuthCreate)
	return app
}

func AuthCreate(c buffalo.Context) error {
	u, err := users.FindByEmail(c.Param("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.Param("password"))); err != nil {
		return c.Redirect(302, "/signin")
	}
	c.Session().Clear()
	c.Session().Set("current_user_id", u.ID)
	return c.Redirect(302, "/")
}
