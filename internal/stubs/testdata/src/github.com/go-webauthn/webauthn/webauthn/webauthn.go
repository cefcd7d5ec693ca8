// Package webauthn is a stub of github.com/go-webauthn/webauthn/webauthn (v0.18.2).
package webauthn

import "net/http"

type WebAuthn struct{}

type User interface {
	WebAuthnID() []byte
	WebAuthnName() string
}

type SessionData struct{ Challenge string }

type Credential struct{ ID []byte }

type DiscoverableUserHandler func(rawID, userHandle []byte) (user User, err error)

type ParsedCredentialAssertionData struct{}

func (webauthn *WebAuthn) FinishLogin(user User, session SessionData, response *http.Request) (credential *Credential, err error) {
	return nil, nil
}

func (webauthn *WebAuthn) ValidateLogin(user User, session SessionData, parsedResponse *ParsedCredentialAssertionData) (credential *Credential, err error) {
	return nil, nil
}

func (webauthn *WebAuthn) FinishDiscoverableLogin(handler DiscoverableUserHandler, session SessionData, response *http.Request) (credential *Credential, err error) {
	return nil, nil
}

func (webauthn *WebAuthn) ValidateDiscoverableLogin(handler DiscoverableUserHandler, session SessionData, parsedResponse *ParsedCredentialAssertionData) (credential *Credential, err error) {
	return nil, nil
}

func (webauthn *WebAuthn) FinishPasskeyLogin(handler DiscoverableUserHandler, session SessionData, response *http.Request) (user User, credential *Credential, err error) {
	return nil, nil, nil
}

func (webauthn *WebAuthn) ValidatePasskeyLogin(handler DiscoverableUserHandler, session SessionData, parsedResponse *ParsedCredentialAssertionData) (user User, credential *Credential, err error) {
	return nil, nil, nil
}

func (webauthn *WebAuthn) FinishRegistration(user User, session SessionData, request *http.Request) (credential *Credential, err error) {
	return nil, nil
}
