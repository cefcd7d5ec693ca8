// Package logic is a GoFrame application's service layer: it reaches the
// request through the context, as GoFrame's templates do.
package logic

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"

	"provenance/accounts"
)

// SetAccount keeps the account in the request's session.
func SetAccount(ctx context.Context, a *accounts.Account) error {
	return g.RequestFromCtx(ctx).Session.Set("account", a)
}

// Renew gives the request's session a new ID.
func Renew(ctx context.Context) error {
	_, err := g.RequestFromCtx(ctx).Session.RegenerateId(true)
	return err
}
