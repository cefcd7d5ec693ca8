// Package service checks passwords in a repository the analysis cannot
// see into.
package service

type Request struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type Principal struct{ Username string }

type Repository interface {
	Check(name, password string) (bool, error)
}

type AuthenticationService struct{ repo Repository }

// Auth returns the principal of a matching username and password.
func (s *AuthenticationService) Auth(req *Request) (*Principal, error) {
	ok, err := s.repo.Check(req.Username, req.Password)
	if err != nil || !ok {
		return nil, err
	}
	return &Principal{Username: req.Username}, nil
}
