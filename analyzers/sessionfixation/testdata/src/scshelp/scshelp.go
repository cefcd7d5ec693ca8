// Package scshelp holds session helpers used from another package, so that
// their effect crosses packages as facts.
package scshelp

import (
	"context"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var SM = scs.New()

// Renew renews the session of the request.
func Renew(r *http.Request) error {
	return SM.RenewToken(r.Context())
}

// RenewCtx renews the session of the context, ignoring the error.
func RenewCtx(ctx context.Context) {
	_ = SM.RenewToken(ctx)
}

// SetUser writes the user's ID into the session of ctx.
func SetUser(ctx context.Context, id int) {
	SM.Put(ctx, "userID", id)
}

// LogIn renews then writes: safe.
func LogIn(ctx context.Context, id int) error {
	if err := SM.RenewToken(ctx); err != nil {
		return err
	}
	SM.Put(ctx, "userID", id)
	return nil
}

// SetTheme writes a preference: not identity.
func SetTheme(ctx context.Context, theme string) {
	SM.Put(ctx, "theme", theme)
}

// Authenticate checks the credentials and logs the user in: reported here,
// not again at its callers.
func Authenticate(ctx context.Context, email, password string) error {
	u, err := users.FindByEmail(email)
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)); err != nil {
		return err
	}
	SM.Put(ctx, "userID", u.ID) // want `^user identity is stored in the session before its ID is renewed; call SM.RenewToken\(ctx\) first$`
	return nil
}
