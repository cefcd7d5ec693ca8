// Package members checks and makes accounts behind an interface the
// handlers hold.
package members

import (
	"errors"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/internal/users"
)

// Service is what the handlers are given.
type Service interface {
	SignIn(name, password string) (*users.User, error)
	Register(name, password string) (*users.User, error)
}

type directory struct{ next int64 }

// NewDirectory is the service over the user directory.
func NewDirectory() Service { return &directory{next: 100} }

func (d *directory) SignIn(name, password string) (*users.User, error) {
	u, ok := users.Lookup(name)
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return nil, errors.New("unknown member or wrong password")
	}
	return &u, nil
}

func (d *directory) Register(name, password string) (*users.User, error) {
	d.next++
	if err := users.Add(d.next, name, password); err != nil {
		return nil, err
	}
	u, _ := users.Lookup(name)
	return &u, nil
}
