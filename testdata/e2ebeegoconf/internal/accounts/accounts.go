// Package accounts finds the application's accounts.
package accounts

import "golang.org/x/crypto/bcrypt"

// Account is a registered reader.
type Account struct {
	ID   int64
	Hash []byte
}

var byName = map[string]*Account{}

// Check returns the account named name when password is its password.
func Check(name, password string) (*Account, bool) {
	a, ok := byName[name]
	if !ok || bcrypt.CompareHashAndPassword(a.Hash, []byte(password)) != nil {
		return nil, false
	}
	return a, true
}
