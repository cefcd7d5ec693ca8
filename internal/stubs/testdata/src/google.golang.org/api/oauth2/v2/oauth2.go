// Package oauth2 is a stub of google.golang.org/api/oauth2/v2 (v0.3.1):
// Google's userinfo endpoint through a generated client.
package oauth2

import "net/http"

type Service struct {
	client   *http.Client
	BasePath string
	Userinfo *UserinfoService
}

func New(client *http.Client) (*Service, error) {
	s := &Service{client: client}
	s.Userinfo = &UserinfoService{s: s}
	return s, nil
}

type UserinfoService struct {
	s *Service
}

func (r *UserinfoService) Get() *UserinfoGetCall { return &UserinfoGetCall{s: r.s} }

type UserinfoGetCall struct {
	s      *Service
	header http.Header
}

func (c *UserinfoGetCall) Do() (*Userinfoplus, error) { return &Userinfoplus{}, nil }

type Userinfoplus struct {
	Email         string
	Id            string
	Name          string
	VerifiedEmail *bool
}
