// Package models finds members.
package models

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

type Member struct {
	MemberId int
	Account  string
	Password []byte
}

var members = map[string]*Member{}

// Login returns the member of an account and password.
func (m *Member) Login(account, password string) (*Member, error) {
	member, ok := members[account]
	if !ok {
		return nil, errors.New("no such member")
	}
	if bcrypt.CompareHashAndPassword(member.Password, []byte(password)) != nil {
		return nil, errors.New("wrong password")
	}
	return member, nil
}

func NewMember() *Member { return &Member{} }
