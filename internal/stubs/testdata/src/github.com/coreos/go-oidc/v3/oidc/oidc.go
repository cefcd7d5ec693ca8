// Package oidc is a stub of github.com/coreos/go-oidc/v3/oidc (v3.21.0 signatures).
package oidc

import "context"

type IDTokenVerifier struct{}

type IDToken struct {
	Issuer  string
	Subject string
}

func (i *IDToken) Claims(v any) error { return nil }

func (v *IDTokenVerifier) Verify(ctx context.Context, rawIDToken string) (*IDToken, error) {
	return nil, nil
}
