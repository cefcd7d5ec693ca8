// Package providersdk is a provider's client library whose code exchange
// is a hand-written POST decoded into an oauth2.Token.
package providersdk

import (
	"encoding/json"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

// GetOAuthToken exchanges the authorization code at the token endpoint.
func GetOAuthToken(code, state string) (*oauth2.Token, error) {
	resp, err := http.PostForm("https://id.example.com/token", url.Values{"code": {code}, "state": {state}})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tok oauth2.Token
	err = json.NewDecoder(resp.Body).Decode(&tok)
	return &tok, err
}

// StoredToken decodes a token saved earlier: no exchange.
func StoredToken(raw string) (*oauth2.Token, error) {
	var tok oauth2.Token
	err := json.Unmarshal([]byte(raw), &tok)
	return &tok, err
}
