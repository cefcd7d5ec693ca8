// Package accounts is an application's account layer: its credential checks
// are behind interfaces with several implementations, and a service in this
// package hands back the account. Nothing here names a known check.
package accounts

import (
	"context"
	"errors"
)

type Account struct {
	ID    int64
	Email string
	Hash  []byte
}

type Profile struct {
	OwnerID int64
	Display string
}

// Verifier finds the account of an e-mail and password.
type Verifier interface {
	Verify(ctx context.Context, email, password string) (*Account, error)
}

// Hasher compares a password with a stored hash; bcrypt and argon2 both
// implement it.
type Hasher interface {
	Compare(password string, hash []byte) bool
}

type Bcrypt struct{}

func (Bcrypt) Compare(password string, hash []byte) bool { return len(hash) > 0 && password != "" }

type Argon2 struct{}

func (Argon2) Compare(password string, hash []byte) bool { return len(hash) > 1 && password != "" }

// Default is the verifier the handlers use: an interface-typed package
// variable, set in main.
var Default Verifier

// Repo is the account table.
type Repo interface {
	ByEmail(ctx context.Context, email string) (*Account, error)
	ByID(ctx context.Context, id int64) (*Account, error)
	FindOrCreate(ctx context.Context, email string) (*Account, error)
	Insert(ctx context.Context, a *Account) error
}

var Accounts Repo

// Service authenticates through the repository and a hasher.
type Service struct {
	Repo   Repo
	Hasher Hasher
}

var ErrBadCredentials = errors.New("bad credentials")

// Authenticate returns the account of the e-mail and password.
func (s *Service) Authenticate(ctx context.Context, email, password string) (*Account, error) {
	a, err := s.Repo.ByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if !s.Hasher.Compare(password, a.Hash) {
		return nil, ErrBadCredentials
	}
	return a, nil
}

// LoadProfile loads the profile of an account.
func LoadProfile(ctx context.Context, id int64) (*Profile, error) { return &Profile{OwnerID: id}, nil }

// StaffAuthenticator checks a staff member's name and password.
type StaffAuthenticator interface {
	Authenticate(name, password string) error
}

var Staff StaffAuthenticator

// Challenge is what a WebAuthn login keeps between its two steps.
type Challenge struct{ Nonce []byte }

// BeginLogin starts a WebAuthn login for an account.
func BeginLogin(a *Account) (*Challenge, error) { return &Challenge{Nonce: a.Hash}, nil }

// CreateUser makes the account of an e-mail the provider vouched for, under
// the name the user chose.
func CreateUser(ctx context.Context, email, name string) (*Account, error) {
	return &Account{Email: email}, nil
}
