// Package models finds users by their credentials and makes accounts.
package models

import "errors"

// Model is the columns every table has (gorm.Model's shape).
type Model struct {
	ID uint
}

type User struct {
	Model
	Email    string
	Password string
}

var users = map[string]*User{}

// UserFindByEmailAndPassword answers the user whose e-mail and password
// these are, or an error.
func UserFindByEmailAndPassword(email, password string) (*User, error) {
	u, ok := users[email]
	if !ok || u.Password != password {
		return nil, errors.New("user not found")
	}
	return u, nil
}

// UserCreate makes an account.
func UserCreate(email, password, name string) (*User, error) {
	u := &User{Model: Model{ID: uint(len(users) + 1)}, Email: email, Password: password}
	users[email] = u
	return u, nil
}
