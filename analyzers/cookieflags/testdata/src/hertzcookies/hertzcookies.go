// Package hertzcookies sets cookies with Hertz's positional SetCookie.
package hertzcookies

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/protocol"
)

func login(ctx context.Context, c *app.RequestContext) {
	c.SetCookie("session_key", c.Query("k"), 86400, "/", "", protocol.CookieSameSiteDefaultMode, false, true) // want `cookie "session_key" is sent without Secure and SameSite; pass protocol.CookieSameSiteLaxMode, true and true for its sameSite, secure and httpOnly arguments`
}

func loginHardened(ctx context.Context, c *app.RequestContext) {
	c.SetCookie("session_key", c.Query("k"), 86400, "/", "", protocol.CookieSameSiteLaxMode, true, true)
}
