// Package beegov1app logs users in with beego v1 (github.com/astaxie/beego):
// the same sessions as v2, the same fixes.
package beegov1app

import (
	"strconv"

	"github.com/astaxie/beego"
	"golang.org/x/crypto/bcrypt"

	"provenance/accounts"
	"users"
)

type BaseController struct {
	beego.Controller
}

// SetMember keeps the member in the session, for every controller.
func (c *BaseController) SetMember(id int64) {
	c.SetSession("uid", id)
}

type AccountController struct {
	BaseController
}

func (c *AccountController) Login() {
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
}

func (c *AccountController) LoginRenewed() {
	u, err := users.FindByEmail(c.GetString("email"))
	if err != nil {
		c.Abort("401")
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))); err != nil {
		c.Abort("401")
		return
	}
	c.SessionRegenerateID()
	c.SetSession("uid", u.ID)
}

// DelSession removes a value and keeps the ID.
func (c *AccountController) LoginAfterDelSession() {
	a, err := accounts.Default.Verify(nil, c.GetString("account"), c.GetString("password"))
	if err != nil {
		return
	}
	c.DelSession("uid")
	c.SetMember(a.ID) // want `^SetMember stores user identity in the session before its ID is renewed \(DelSession keeps the session ID\); call c.SessionRegenerateID\(\) first$`
}

func (c *AccountController) LoginAfterRegenerate() {
	a, err := accounts.Default.Verify(nil, c.GetString("account"), c.GetString("password"))
	if err != nil {
		return
	}
	c.SessionRegenerateID()
	c.SetMember(a.ID)
}

// rows keeps users as maps of their columns (mm-wiki's models).
type rows struct{}

func (rows) ByName(name string) (map[string]string, error) {
	return map[string]string{"user_id": "1", "username": name, "password": ""}, nil
}

var userRows rows

func md5Hex(s string) string { return s }

// LoginRow compares the posted password's hash with the row's and keeps
// the row under its own key.
func (c *AccountController) LoginRow() {
	user, err := userRows.ByName(c.GetString("username"))
	if err != nil || len(user) == 0 {
		return
	}
	if user["password"] != md5Hex(c.GetString("password")) {
		return
	}
	c.SetSession("author", user) // want `^user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first$`
}

// LoginRowRenewed renews the ID first.
func (c *AccountController) LoginRowRenewed() {
	user, err := userRows.ByName(c.GetString("username"))
	if err != nil || len(user) == 0 {
		return
	}
	if user["password"] != md5Hex(c.GetString("password")) {
		return
	}
	c.SessionRegenerateID()
	c.SetSession("author", user)
}

// Confirm compares two posted fields: no credential check.
func (c *AccountController) Confirm() {
	form := map[string]string{"password": c.GetString("password")}
	if form["password"] != c.GetString("confirm") {
		return
	}
	c.SetSession("confirmed", true)
}

// jsonError answers with an error and stops the request on every path:
// beego's Abort and StopRun panic, so it never returns (mm-wiki's shape,
// through a method of the embedded controller).
func (c *BaseController) jsonError(msg string) {
	c.JSONError(msg)
}

func (c *BaseController) JSONError(msg string) {
	if msg == "" {
		c.Abort("500")
	} else {
		c.Data["json"] = msg
		c.ServeJSON()
		c.StopRun()
	}
}

// LoginStopped checks without returning: each failure ends in jsonError.
func (c *AccountController) LoginStopped() {
	user, err := userRows.ByName(c.GetString("username"))
	if err != nil {
		c.jsonError("error")
	}
	if user["password"] != md5Hex(c.GetString("password")) {
		c.jsonError("wrong password")
	}
	c.SetSession("author", user) // want `^user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first$`
}

// logFailure only logs: the failure falls through to the write, so the
// comparison proves nothing there.
func (c *AccountController) logFailure(msg string) { c.Data["json"] = msg }

func (c *AccountController) LoginFallsThrough() {
	user, err := userRows.ByName(c.GetString("username"))
	if err != nil {
		return
	}
	if user["password"] != md5Hex(c.GetString("password")) {
		c.logFailure("wrong password")
	}
	c.SetSession("author", user)
}

// Base holds what every row has.
type Base struct{ ID int }

// Member is a row of the members table.
type Member struct {
	Base
	Email, Digest string
}

// matchMember finds the member a form's e-mail and password digest name,
// and says whether there is one.
func matchMember(email, digest string) (m Member, found bool) {
	found = email != "" && digest != ""
	return
}

type loginForm struct {
	Email    string `form:"email"`
	Password string `form:"password"`
}

type memberCookie struct {
	Email, Token string
	ID           int
}

// LoginKeyedByMember keeps a digest under a key that names the member:
// the key is the identity.
func (c *AccountController) LoginKeyedByMember() {
	form := &loginForm{}
	if err := c.ParseForm(form); err != nil {
		return
	}
	m, ok := matchMember(form.Email, md5Hex(form.Password))
	if ok {
		mc := memberCookie{Email: m.Email, ID: m.ID, Token: md5Hex(m.Email)}
		key := "_email_" + mc.Email + "_id_" + strconv.Itoa(m.ID)
		c.SetSession(key, mc.Token) // want `^user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID\(\) first$`
	}
}

func (c *AccountController) LoginKeyedByMemberRenewed() {
	form := &loginForm{}
	if err := c.ParseForm(form); err != nil {
		return
	}
	m, ok := matchMember(form.Email, md5Hex(form.Password))
	if ok {
		c.SessionRegenerateID()
		mc := memberCookie{Email: m.Email, ID: m.ID, Token: md5Hex(m.Email)}
		key := "_email_" + mc.Email + "_id_" + strconv.Itoa(m.ID)
		c.SetSession(key, mc.Token)
	}
}
