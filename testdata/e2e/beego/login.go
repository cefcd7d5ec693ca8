package beego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/oauth"
	"sessionlint.test/e2e/internal/users"
)

// LoginController handles logins.
type LoginController struct {
	web.Controller
}

// authenticate checks the form's credentials.
func (c *LoginController) authenticate() (users.User, bool) {
	u, ok := users.Lookup(c.GetString("user"))
	if !ok {
		return users.User{}, false
	}
	return u, bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))) == nil
}

// Post writes the user into the session the browser presented.
func (c *LoginController) Post() {
	u, ok := users.Lookup(c.GetString("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))) != nil {
		c.Abort("401")
		return
	}
	_ = c.SetSession("uid", u.ID) // e2e: sessionfixation
	c.Redirect("/", http.StatusSeeOther)
}

// PostFixed regenerates the session ID before the identity is stored.
func (c *LoginController) PostFixed() {
	u, ok := users.Lookup(c.GetString("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))) != nil {
		c.Abort("401")
		return
	}
	if err := c.SessionRegenerateID(); err != nil {
		c.Abort("500")
		return
	}
	_ = c.SetSession("uid", u.ID) // e2e: clean
	c.Redirect("/", http.StatusSeeOther)
}

// PostFlushed flushes the session first. Flush deletes the data and keeps
// the ID, so the identity still lands in the planted session.
func (c *LoginController) PostFlushed() {
	u, ok := users.Lookup(c.GetString("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(c.GetString("password"))) != nil {
		c.Abort("401")
		return
	}
	if err := c.StartSession().Flush(c.Ctx.Request.Context()); err != nil {
		c.Abort("500")
		return
	}
	_ = c.SetSession("uid", u.ID) // e2e: sessionfixation
	c.Redirect("/", http.StatusSeeOther)
}

// Logout destroys the session.
func (c *LoginController) Logout() {
	if err := c.DestroySession(); err != nil { // e2e: clean
		c.Abort("500")
		return
	}
	c.Redirect("/", http.StatusSeeOther)
}

// Theme stores a preference after checking the password again: not an
// identity.
func (c *LoginController) Theme() {
	if _, ok := c.authenticate(); !ok {
		c.Abort("401")
		return
	}
	_ = c.SetSession("theme", c.GetString("theme")) // e2e: clean
	c.Redirect("/", http.StatusSeeOther)
}

// OAuthCallback stores the provider's identity in the pre-login session.
func (c *LoginController) OAuthCallback() {
	if c.GetString("state") != c.GetSession("oauth_state") {
		c.Abort("400")
		return
	}
	tok, err := oauth.Config.Exchange(c.Ctx.Request.Context(), c.GetString("code"))
	if err != nil {
		c.Abort("502")
		return
	}
	_ = c.SetSession("email", oauth.Email(tok)) // e2e: sessionfixation
	c.Redirect("/", http.StatusSeeOther)
}

// APILogin is a plain handler that writes through the context's output.
func APILogin(ctx *beecontext.Context) {
	u, ok := users.Lookup(ctx.Input.Query("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(ctx.Input.Query("password"))) != nil {
		ctx.Output.SetStatus(http.StatusUnauthorized)
		return
	}
	ctx.Output.Session("uid", u.ID) // e2e: sessionfixation
	ctx.Output.SetStatus(http.StatusNoContent)
}
