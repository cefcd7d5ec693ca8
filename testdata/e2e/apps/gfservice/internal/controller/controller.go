// Package controller holds apps/gfservice's typed handlers: each reaches
// the services through their interfaces.
package controller

import (
	"context"

	"sessionlint.test/e2e/apps/gfservice/api"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
)

var Account = cAccount{}

type cAccount struct{}

// SignIn keeps the user the passport and password find in the session
// the browser already has.
func (cAccount) SignIn(ctx context.Context, req *api.SignInReq) (*api.SignInRes, error) {
	u, err := service.User().GetUserByPassportAndPassword(ctx, req.Passport, req.Password)
	if err != nil {
		return nil, err
	}
	return &api.SignInRes{}, service.Session().SetUser(ctx, u) // e2e: standalone:sessionfixation
}

// SignInRenewed keeps the user in a session of a new ID.
func (cAccount) SignInRenewed(ctx context.Context, req *api.SignInReq) (*api.SignInRes, error) {
	u, err := service.User().GetUserByPassportAndPassword(ctx, req.Passport, req.Password)
	if err != nil {
		return nil, err
	}
	return &api.SignInRes{}, service.Session().SetUserRenewed(ctx, u) // e2e: clean
}
