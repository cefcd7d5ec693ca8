// Package users is the tiny user directory that every login handler in the
// e2e module checks credentials against.
package users

import "golang.org/x/crypto/bcrypt"

// User is an account.
type User struct {
	ID           int64
	Name         string
	PasswordHash []byte
}

var directory = map[string]User{}

// Add registers an account with a bcrypt hash of password.
func Add(id int64, name, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	directory[name] = User{ID: id, Name: name, PasswordHash: h}
	return nil
}

// Lookup finds an account by name. It does not check any password: the
// handlers do that themselves with bcrypt, where the linter can see it.
func Lookup(name string) (User, bool) {
	u, ok := directory[name]
	return u, ok
}
