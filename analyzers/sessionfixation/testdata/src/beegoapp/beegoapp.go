package beegoapp

import (
	"github.com/beego/beego/v2/server/web"
	"golang.org/x/crypto/bcrypt"

	"users"
)

type LoginController struct {
	web.Controller
}

func init() {
	web.Router("/login", &LoginController{})
}

func (c *LoginController) Post() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		c.Abort("401")
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		c.Abort("401")
		return
	}
	c.SetSession("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first$`
	c.Redirect("/", 302)
}

func (c *LoginController) PostGood() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		c.Abort("401")
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		c.Abort("401")
		return
	}
	if err := c.SessionRegenerateID(); err != nil {
		c.Abort("500")
		return
	}
	c.SetSession("uid", u.ID)
	c.Redirect("/", 302)
}

// The router releases the session after the handler: a renewal after the
// write counts.
func (c *LoginController) PostRegenerateAfter() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	c.SetSession("uid", u.ID)
	_ = c.SessionRegenerateID()
}

func (c *LoginController) PostDestroy() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	_ = c.DestroySession()
	c.SetSession("uid", u.ID) // want `\(DestroySession keeps the session ID\)`
}

func (c *LoginController) PostDel() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	_ = c.DelSession("uid")
	c.Ctx.Output.Session("uid", u.ID) // want `\(DelSession keeps the session ID\)`
}

func (c *LoginController) PostBranch() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	if c.GetString("remember") != "" {
		_ = c.SessionRegenerateID()
	}
	c.SetSession("uid", u.ID) // want `before its ID is renewed`
}

// The manager returns the renewed store: writes through the old one are not
// covered.
func (c *LoginController) PostManager() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	w, r := c.Ctx.ResponseWriter, c.Ctx.Request
	old, _ := web.GlobalSessions.SessionStart(w, r)
	fresh, err := web.GlobalSessions.SessionRegenerateID(w, r)
	if err != nil {
		return
	}
	_ = fresh.Set(r.Context(), "uid", u.ID)
	_ = old.Set(r.Context(), "uid", u.ID) // want `write through the store returned by SessionRegenerateID\(w, r\) instead of old$`
	old.SessionRelease(r.Context(), w)
}

func (c *LoginController) PostPrefs() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		return
	}
	c.SetSession("theme", u.Theme)
}

type LogoutController struct {
	web.Controller
}

func (c *LogoutController) Post() {
	_ = c.DelSession("uid")
	_ = c.DestroySession()
}

type ProfileController struct {
	web.Controller
}

func (c *ProfileController) Post() {
	c.SetSession("email", c.GetString("email"))
}
