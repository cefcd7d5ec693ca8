// Package gfprofile is a GoFrame controller behind service interfaces: a
// profile update stores again the user it finds by the ID the session's
// own user has, which is no login; the sign-in stores the user the form
// finds, which is.
package gfprofile

import (
	"context"
	"errors"

	"github.com/gogf/gf/v2/frame/g"
)

type User struct {
	Id       uint
	Email    string
	Password string
}

type (
	ISession interface {
		SetUser(ctx context.Context, u *User) error
		GetUser(ctx context.Context) *User
	}
	IUser interface {
		GetUserById(ctx context.Context, id uint) (*User, error)
		GetUserByPassportAndPassword(ctx context.Context, passport, password string) (*User, error)
		UpdateUser(ctx context.Context, in *UpdateForm) error
	}
)

var (
	localSession ISession = sSession{}
	localUser    IUser
)

func Session() ISession { return localSession }
func Users() IUser      { return localUser }

type sSession struct{}

func (sSession) SetUser(ctx context.Context, u *User) error {
	return g.RequestFromCtx(ctx).Session.Set("user", u)
}

func (sSession) GetUser(ctx context.Context) *User {
	var u *User
	_ = g.RequestFromCtx(ctx).Session.MustGet("user").Scan(&u)
	return u
}

type UpdateForm struct {
	Id    uint
	Email string
}

type UpdateReq struct {
	g.Meta `path:"/profile" method:"post"`
	Email  string
}

type SignInReq struct {
	g.Meta   `path:"/sign-in" method:"post"`
	Passport string
	Password string
}

type Res struct{}

type cUser struct{}

func (c *cUser) SignIn(ctx context.Context, req *SignInReq) (res *Res, err error) {
	u, err := Users().GetUserByPassportAndPassword(ctx, req.Passport, req.Password)
	if err != nil {
		return nil, err
	}
	err = Session().SetUser(ctx, u) // want `^SetUser stores user identity in the session before its ID is renewed`
	return
}

// UpdateProfile changes the signed-in user's e-mail and stores the row
// again: the ID is the session's own.
func (c *cUser) UpdateProfile(ctx context.Context, req *UpdateReq) (res *Res, err error) {
	form := UpdateForm{
		Id:    Session().GetUser(ctx).Id,
		Email: req.Email,
	}
	if err = Users().UpdateUser(ctx, &form); err != nil {
		return
	}
	user, err := Users().GetUserById(ctx, form.Id)
	if err != nil {
		return
	}
	err = Session().SetUser(ctx, user)
	return
}

func digest(s string) string { return s }

// ChangePassword checks the old password of the user it is given, which
// must be the one logged in, and stores that user again: no login.
func (c *cUser) ChangePassword(ctx context.Context, u *User, oldPassword string) error {
	current := Session().GetUser(ctx)
	if current.Id == 0 || current.Id != u.Id {
		return errors.New("log in again")
	}
	if digest(oldPassword) != u.Password {
		return errors.New("wrong password")
	}
	return Session().SetUser(ctx, u)
}

// Reauthenticate checks the password of whichever user it is given and
// stores that user: a login.
func (c *cUser) Reauthenticate(ctx context.Context, u *User, password string) error {
	if digest(password) != u.Password {
		return errors.New("wrong password")
	}
	return Session().SetUser(ctx, u) // want `^SetUser stores user identity in the session before its ID is renewed`
}
