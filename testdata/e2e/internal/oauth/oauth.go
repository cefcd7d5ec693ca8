// Package oauth holds the OAuth 2.0 client configuration shared by the
// e2e callback handlers.
package oauth

import "golang.org/x/oauth2"

// Config is the provider configuration. The callbacks call Config.Exchange
// themselves, so the linter sees where the identity comes from.
var Config = &oauth2.Config{
	ClientID:     "e2e-client",
	ClientSecret: "e2e-secret",
	RedirectURL:  "https://app.example.com/oauth/callback",
	Scopes:       []string{"openid", "email"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://id.example.com/authorize",
		TokenURL: "https://id.example.com/token",
	},
}

// Email returns the e-mail address the provider put in the token response.
func Email(tok *oauth2.Token) string {
	email, _ := tok.Extra("email").(string)
	return email
}
