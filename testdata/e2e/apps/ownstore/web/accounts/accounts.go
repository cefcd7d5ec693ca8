// Package accounts checks credentials and tokens.
package accounts

import (
	"errors"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/ownstore/web/request"
)

// Service is the accounts' store.
type Service struct {
	hashes map[string][]byte
	byID   map[string]*request.Account
	resets map[string]string
}

// NewService returns an empty service.
func NewService() *Service {
	return &Service{hashes: map[string][]byte{}, byID: map[string]*request.Account{}, resets: map[string]string{}}
}

var errNoAccount = errors.New("no such account")

// InternalLogin checks the password.
func (s *Service) InternalLogin(email, password string) (*request.Account, error) {
	hash, ok := s.hashes[email]
	if !ok {
		return nil, errNoAccount
	}
	if err := bcrypt.CompareHashAndPassword(hash, []byte(password)); err != nil {
		return nil, err
	}
	return s.byID[email], nil
}

// ValidateResetToken returns the account a password-reset link names.
func (s *Service) ValidateResetToken(token string) (*request.Account, error) {
	email, ok := s.resets[token]
	if !ok {
		return nil, errNoAccount
	}
	delete(s.resets, token)
	return s.byID[email], nil
}
