// Package handler holds apps/hertzshop's Hertz handlers; the Redis store
// behind hertz-contrib/sessions is made in main.
package handler

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol"
	"github.com/hertz-contrib/sessions"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

type signIn struct {
	Email    string `form:"email"`
	Password string `form:"password"`
}

// SignIn writes the customer into the session the browser already has.
func SignIn(ctx context.Context, c *app.RequestContext) {
	var req signIn
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	u, ok := users.Lookup(req.Email)
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(req.Password)) != nil {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", u.ID) // e2e: sessionfixation
	_ = s.Save()
}

// Basket keeps what the customer picked: no login.
func Basket(ctx context.Context, c *app.RequestContext) {
	s := sessions.Default(c)
	s.Set("basket", c.Query("item")) // e2e: clean
	_ = s.Save()
}

// Remember keeps a device token in a cookie of Hertz's own setter, without
// Secure and with a bare SameSite.
func Remember(ctx context.Context, c *app.RequestContext) {
	c.SetCookie("device", c.Query("token"), 86400*30, "/", "", protocol.CookieSameSiteDefaultMode, false, true)     // e2e: cookieflags
	c.SetCookie("device_hardened", c.Query("token"), 86400*30, "/", "", protocol.CookieSameSiteLaxMode, true, true) // e2e: clean
}
