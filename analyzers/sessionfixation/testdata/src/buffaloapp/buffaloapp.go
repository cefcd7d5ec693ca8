// Package buffaloapp uses a server-side session store.
package buffaloapp

import (
	"github.com/gobuffalo/buffalo"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

func App() *buffalo.App {
	app := buffalo.New(buffalo.Options{
		SessionStore: sessions.NewFilesystemStore("/var/sessions", []byte("secret")),
		SessionName:  "_app_session",
	})
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
	c.Session().Set("current_user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; set c.Session\(\).Session.ID = "" \(after expiring the old record\) before saving$`
	return c.Redirect(302, "/")
}

func AuthCreateGood(c buffalo.Context) error {
	u, err := users.FindByEmail(c.Param("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.Param("password"))); err != nil {
		return c.Redirect(302, "/signin")
	}
	s := c.Session()
	s.Session.Options.MaxAge = -1
	_ = s.Save()
	s.Session.Options.MaxAge = 86400
	s.Session.ID = ""
	s.Set("current_user_id", u.ID)
	return c.Redirect(302, "/")
}

func AuthCreateClear(c buffalo.Context) error {
	u, err := users.FindByEmail(c.Param("email"))
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.Param("password"))); err != nil {
		return c.Redirect(302, "/signin")
	}
	c.Session().Clear()
	c.Session().Set("current_user_id", u.ID) // want `\(Clear keeps the session ID\)`
	return c.Redirect(302, "/")
}
