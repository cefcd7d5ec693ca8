// Package oidc is a stub of github.com/coreos/go-oidc (v2).
package oidc

import "context"

type IDTokenVerifier struct{}

type IDToken struct{ Subject string }

func (v *IDTokenVerifier) Verify(ctx context.Context, rawIDToken string) (*IDToken, error) {
	return nil, nil
}
