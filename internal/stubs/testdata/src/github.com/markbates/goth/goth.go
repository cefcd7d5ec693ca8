// Package goth is a stub of github.com/markbates/goth v1.82.0.
package goth

type User struct {
	Provider    string
	Email       string
	Name        string
	UserID      string
	AccessToken string
}
