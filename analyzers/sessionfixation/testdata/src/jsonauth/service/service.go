// Package service checks passwords with a hasher of the application's own.
package service

import "golang.org/x/crypto/bcrypt"

type Request struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type Principal struct{ Username string }

type account struct {
	Username string
	Password []byte
}

type Repository interface {
	FindByUsername(name string) (*account, error)
}

type AuthenticationService struct{ repo Repository }

func compare(hash []byte, password string) (bool, error) {
	err := bcrypt.CompareHashAndPassword(hash, []byte(password))
	return err == nil, nil
}

// Auth returns the principal of a matching username and password.
func (s *AuthenticationService) Auth(req *Request) (*Principal, error) {
	acc, err := s.repo.FindByUsername(req.Username)
	if err != nil {
		return nil, err
	}
	if ok, err := compare(acc.Password, req.Password); err != nil || !ok {
		return nil, err
	}
	return &Principal{Username: acc.Username}, nil
}
