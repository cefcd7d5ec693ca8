// Package rp stubs github.com/zitadel/oidc/v3/pkg/client/rp (v3.35.0).
package rp

import (
	"net/http"

	"github.com/zitadel/oidc/v3/pkg/oidc"
)

type RelyingParty interface {
	Issuer() string
}

type URLParamOpt func() []string

type SubjectGetter interface {
	GetSubject() string
}

type CodeExchangeCallback[C oidc.IDClaims] func(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[C], state string, rp RelyingParty)

func CodeExchangeHandler[C oidc.IDClaims](callback CodeExchangeCallback[C], rp RelyingParty, urlParam ...URLParamOpt) http.HandlerFunc {
	return nil
}

type CodeExchangeUserinfoCallback[C oidc.IDClaims, U SubjectGetter] func(w http.ResponseWriter, r *http.Request, tokens *oidc.Tokens[C], state string, provider RelyingParty, info U)

func UserinfoCallback[C oidc.IDClaims, U SubjectGetter](f CodeExchangeUserinfoCallback[C, U]) CodeExchangeCallback[C] {
	return nil
}

func NewRelyingPartyOIDC(issuer, clientID, clientSecret, redirectURI string, scopes []string) (RelyingParty, error) {
	return nil, nil
}
