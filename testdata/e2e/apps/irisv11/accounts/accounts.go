// Package accounts finds the application's accounts.
package accounts

import "errors"

// Account is a signed-up user.
type Account struct {
	ID   int64
	Name string
	hash string
}

var byName = map[string]*Account{}

// Check returns the account the name and password name.
func Check(name, password string) (*Account, error) {
	a, ok := byName[name]
	if !ok || a.hash != password {
		return nil, errors.New("wrong name or password")
	}
	return a, nil
}
