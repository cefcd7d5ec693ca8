// Package sdk is an identity provider's client library, the way Casdoor's
// or an in-house one is written: the code exchange is a hand-written POST
// whose answer is decoded into an oauth2.Token, and the claims are parsed
// from the token. Nothing in it is a check the analysis knows by name.
package sdk

import (
	"encoding/json"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// Claims is who the provider says the user is.
type Claims struct {
	Name  string
	Email string
}

// GetOAuthToken exchanges the authorization code at the token endpoint.
func GetOAuthToken(code, state string) (*oauth2.Token, error) {
	resp, err := http.PostForm("https://id.example.com/api/login/oauth/access_token", url.Values{"code": {code}, "state": {state}})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tok oauth2.Token
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		return nil, err
	}
	return &tok, nil
}

// StoredToken reads back a token the application saved: no exchange.
func StoredToken(raw string) (*oauth2.Token, error) {
	var tok oauth2.Token
	err := json.Unmarshal([]byte(raw), &tok)
	return &tok, err
}

// ParseJwtToken decodes the claims of an access token.
func ParseJwtToken(token string) (*Claims, error) {
	var c Claims
	err := json.Unmarshal([]byte(token), &c)
	return &c, err
}
