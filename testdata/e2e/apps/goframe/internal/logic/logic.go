// Package logic is apps/goframe's service layer: it checks accounts and
// keeps the signed-in one in the request's session, reached through the
// context.
package logic

import (
	"context"
	"errors"

	"github.com/gogf/gf/v2/frame/g"
	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/goframe/internal/store"
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

// SignInInput is what the sign-in form gives.
type SignInInput struct {
	Email, Password string
}

// SignIn keeps the account the table finds for the input: the query does
// the matching, with no comparison here.
func SignIn(ctx context.Context, in SignInInput) error {
	var u *users.User
	if err := store.Accounts.Where(map[string]any{"email": in.Email, "password": in.Password}).Scan(&u); err != nil {
		return err
	}
	if u == nil {
		return errors.New("e-mail or password not correct")
	}
	return Keep(ctx, u)
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
