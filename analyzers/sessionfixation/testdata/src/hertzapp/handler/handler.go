// Package handler holds handlers as hz generates them: they import Hertz
// and the service package, never a session library.
package handler

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"

	"hertzapp/service"
)

// Login has no credential check of its own in sight: its name and the
// service's session write are the signal.
func Login(ctx context.Context, c *app.RequestContext) {
	var req service.SignInReq
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	if _, err := service.NewSignInService(ctx, c).Run(&req); err != nil { // want `^Run stores user identity in the session before its ID is renewed; in Run, set s`
		return
	}
}

// Basket is not a login.
func Basket(ctx context.Context, c *app.RequestContext) {
	var req service.SignInReq
	_, _ = service.NewSignInService(ctx, c).Run(&req)
}
