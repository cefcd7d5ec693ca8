// Package oauth2 is a stub of google.golang.org/api/oauth2/v2 (v0.3.1):
// Google's userinfo endpoint through a generated client.
package oauth2

import "net/http"

type Service struct {
	Userinfo *UserinfoService
}

func New(client *http.Client) (*Service, error) { return &Service{Userinfo: &UserinfoService{}}, nil }

type UserinfoService struct{}

func (r *UserinfoService) Get() *UserinfoGetCall { return &UserinfoGetCall{} }

type UserinfoGetCall struct{}

func (c *UserinfoGetCall) Do() (*Userinfoplus, error) { return &Userinfoplus{}, nil }

type Userinfoplus struct {
	Email         string
	Id            string
	Name          string
	VerifiedEmail *bool
}
