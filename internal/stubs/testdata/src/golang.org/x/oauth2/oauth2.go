// Package oauth2 is a stub of golang.org/x/oauth2 v0.34.0.
package oauth2

import (
	"context"
	"net/http"
)

type Config struct {
	ClientID     string
	ClientSecret string
	RedirectURL  string
	Scopes       []string
}

type Token struct {
	AccessToken  string
	RefreshToken string
}

type AuthCodeOption interface{ setValue(map[string][]string) }

func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { return "" }

func (c *Config) Exchange(ctx context.Context, code string, opts ...AuthCodeOption) (*Token, error) {
	return nil, nil
}

func (c *Config) PasswordCredentialsToken(ctx context.Context, username, password string) (*Token, error) {
	return nil, nil
}

func (t *Token) Extra(key string) any { return nil }

// Client returns an HTTP client that sends the token.
func (c *Config) Client(ctx context.Context, t *Token) *http.Client { return &http.Client{} }
