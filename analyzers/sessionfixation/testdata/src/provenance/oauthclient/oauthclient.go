// Package oauthclient exchanges an OAuth code by hand, without
// golang.org/x/oauth2: a POST to the provider's token endpoint, then the
// user's profile.
package oauthclient

import (
	"encoding/json"
	"net/http"
	"net/url"
)

type UserInfo struct {
	Email string `json:"email"`
	Login string `json:"login"`
}

// GetUserInfoByCode trades the code for a token and the token for the
// user's profile.
func GetUserInfoByCode(code string) (*UserInfo, error) {
	resp, err := http.PostForm("https://provider.example/token", url.Values{"code": {code}})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil {
		return nil, err
	}
	req, _ := http.NewRequest("GET", "https://provider.example/user", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp2, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp2.Body.Close()
	var info UserInfo
	err = json.NewDecoder(resp2.Body).Decode(&info)
	return &info, err
}

// Instance is a federated server the user signs in with.
type Instance struct{ Domain string }

// Account is the user's account on an instance.
type Account struct {
	ID   int64
	Name string
}

// Provider talks to one kind of instance.
type Provider interface {
	GetAccessToken(instance *Instance, code string) (string, error)
	// GetCurrentAccount asks the instance whose token it is.
	GetCurrentAccount(instance *Instance, token string) (*Account, error)
}

// Providers holds the implementations by software.
var Providers = map[string]Provider{}
