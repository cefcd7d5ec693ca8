package service

import (
	"context"

	"goframebiz/model"
)

// Session writes the session the business context holds.
var Session = sessionService{}

type sessionService struct{}

// SetUser keeps the user in the request's session.
func (s *sessionService) SetUser(ctx context.Context, u *model.UserSession) error {
	return Context.Get(ctx).Session.Set("SessionKeyUser", u)
}

// Renew gives the request's session a new ID.
func (s *sessionService) Renew(ctx context.Context) error {
	_, err := Context.Get(ctx).Session.RegenerateId(true)
	return err
}
