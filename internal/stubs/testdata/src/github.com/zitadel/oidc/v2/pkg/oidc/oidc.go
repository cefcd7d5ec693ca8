// Package oidc stubs github.com/zitadel/oidc/v2/pkg/oidc (v2.12.0).
package oidc

import "golang.org/x/oauth2"

type IDClaims interface {
	GetSubject() string
}

type IDTokenClaims struct {
	Subject string
	Claims  map[string]any
}

func (c *IDTokenClaims) GetSubject() string { return c.Subject }

type Tokens[C IDClaims] struct {
	*oauth2.Token
	IDTokenClaims C
	IDToken       string
}

type UserInfo struct {
	Subject           string
	Email             string
	Name              string
	PreferredUsername string
}

func (u *UserInfo) GetSubject() string { return u.Subject }
