// Package user finds users by passport and password.
package user

import (
	"context"
	"errors"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/gfservice/internal/model"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
	"sessionlint.test/e2e/internal/users"
)

type sUser struct{}

func init() { service.RegisterUser(&sUser{}) }

func (s *sUser) GetUserByPassportAndPassword(ctx context.Context, passport, password string) (*model.User, error) {
	u, ok := users.Lookup(passport)
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)) != nil {
		return nil, errors.New("passport or password not correct")
	}
	return &model.User{Id: uint(u.ID), Passport: passport}, nil
}
