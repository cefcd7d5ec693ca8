// Package auth logs users in through the engine's context.
package auth

import (
	"net/http"

	"adapter/engine"
)

func login(ctx *engine.Context, sid string) {
	ctx.SetCookie(&http.Cookie{Name: "go_admin_session", Value: sid, Path: "/"}) // want `cookie "go_admin_session" is sent without HttpOnly, Secure and SameSite`
}

func loginHardened(ctx *engine.Context, sid string) {
	ctx.SetCookie(&http.Cookie{Name: "go_admin_session", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
