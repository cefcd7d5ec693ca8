// Package rp stubs github.com/zitadel/oidc/v2/pkg/client/rp (v2.12.0).
package rp

import (
	"net/http"

	"github.com/zitadel/oidc/v2/pkg/oidc"
)

type RelyingParty interface {
	Issuer() string
}

type URLParamOpt func() []string

type CodeExchangeCallback[C oidc.IDClaims] func(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[C], state string, rp RelyingParty)

func CodeExchangeHandler[C oidc.IDClaims](callback CodeExchangeCallback[C], rp RelyingParty, urlParam ...URLParamOpt) http.HandlerFunc {
	return nil
}

type CodeExchangeUserinfoCallback[C oidc.IDClaims] func(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[C], state string, provider RelyingParty, info *oidc.UserInfo)

func UserinfoCallback[C oidc.IDClaims](f CodeExchangeUserinfoCallback[C]) CodeExchangeCallback[C] {
	return nil
}
