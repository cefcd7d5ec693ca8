// Package logic is apps/goframe's service layer: it checks accounts and
// keeps the signed-in one in the request's session, reached through the
// context.
package logic

import (
	"context"
	"errors"

	"github.com/gogf/gf/v2/frame/g"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

// Account finds the account of an e-mail and password.
func Account(ctx context.Context, email, password string) (*users.User, error) {
	u, ok := users.Lookup(email)
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return nil, errors.New("no such account")
	}
	return &u, nil
}

// Keep stores the account in the request's session.
func Keep(ctx context.Context, u *users.User) error {
	return g.RequestFromCtx(ctx).Session.Set("account", u.ID)
}

// Renew gives the request's session a new ID.
func Renew(ctx context.Context) error {
	_, err := g.RequestFromCtx(ctx).Session.RegenerateId(true)
	return err
}
