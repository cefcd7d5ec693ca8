package service

import (
	"context"
	"errors"

	"golang.org/x/crypto/bcrypt"

	"goframebiz/model"
)

// User signs users in.
var User = userService{}

type userService struct{}

func (userService) byEmail(ctx context.Context, email string) (*model.Account, error) {
	return &model.Account{Email: email}, nil
}

// SignIn checks the password and keeps the user in the session.
func (s userService) SignIn(ctx context.Context, email, password string) error {
	a, err := s.byEmail(ctx, email)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword([]byte(a.Password), []byte(password)) != nil {
		return errors.New("wrong password")
	}
	us := new(model.UserSession)
	us.Id = a.Id
	us.Email = a.Email
	return Session.SetUser(ctx, us) // want `^SetUser stores user identity in the session before its ID is renewed`
}

// SignInRenewed renews the session's ID first.
func (s userService) SignInRenewed(ctx context.Context, email, password string) error {
	a, err := s.byEmail(ctx, email)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword([]byte(a.Password), []byte(password)) != nil {
		return errors.New("wrong password")
	}
	if err := Session.Renew(ctx); err != nil {
		return err
	}
	return Session.SetUser(ctx, &model.UserSession{Id: a.Id, Email: a.Email})
}
