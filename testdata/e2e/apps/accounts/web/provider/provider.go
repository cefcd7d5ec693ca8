// Package provider exchanges an OAuth code by hand: a POST to the token
// endpoint, then the profile.
package provider

import (
	"encoding/json"
	"net/http"
	"net/url"
)

type Profile struct {
	Email string `json:"email"`
}

// ProfileByCode trades the code for a token at the named provider's
// instance, and the token for the profile.
func ProfileByCode(instance, code string) (*Profile, error) {
	resp, err := http.PostForm("https://"+instance+"/token", url.Values{"code": {code}})
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
	req, err := http.NewRequest(http.MethodGet, "https://"+instance+"/me", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	me, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer me.Body.Close()
	var p Profile
	return &p, json.NewDecoder(me.Body).Decode(&p)
}
