// Package controller holds apps/goframe's typed handlers: GoFrame decodes
// the request into the request struct and hands over the context.
package controller

import (
	"context"

	"sessionlint.test/e2e/apps/goframe/api"
	"sessionlint.test/e2e/apps/goframe/internal/logic"
)

type Account struct{}

// Enter signs the account in on the session the browser already has.
func (Account) Enter(ctx context.Context, req *api.EnterReq) (*api.EnterRes, error) {
	u, err := logic.Account(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	return &api.EnterRes{}, logic.Keep(ctx, u) // e2e: sessionfixation
}

// EnterRenewed gives the session a new ID first.
func (Account) EnterRenewed(ctx context.Context, req *api.EnterReq) (*api.EnterRes, error) {
	u, err := logic.Account(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	if err := logic.Renew(ctx); err != nil {
		return nil, err
	}
	return &api.EnterRes{}, logic.Keep(ctx, u) // e2e: clean
}
