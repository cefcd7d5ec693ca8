// Package accounts signs people in for the web package: it finds the
// account whose login and secret match what the caller passes, with no
// comparison of its own (the query does it), and keeps it in the session.
package accounts

import (
	"context"
	"errors"

	"github.com/alexedwards/scs/v2"

	"provenance/foundby/rows"
)

var Sessions = scs.New()

type Credentials struct {
	Login, Secret string
}

type Account struct {
	ID    int64
	Login string
}

type Service struct{}

// SignIn keeps the matching account in the request's session.
func (Service) SignIn(ctx context.Context, in Credentials) error {
	var acct *Account
	if err := rows.Table("accounts").Where(map[string]any{"login": in.Login, "secret": in.Secret}).Scan(&acct); err != nil {
		return err
	}
	if acct == nil {
		return errors.New("login or secret not correct")
	}
	remember(ctx, acct)
	return nil
}

func remember(ctx context.Context, acct *Account) {
	Sessions.Put(ctx, "current", acct)
}
