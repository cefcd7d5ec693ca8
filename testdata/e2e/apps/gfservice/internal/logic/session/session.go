// Package session keeps the signed-in user in the session the business
// context holds.
package session

import (
	"context"

	"sessionlint.test/e2e/apps/gfservice/internal/model"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
)

type sSession struct{}

func init() { service.RegisterSession(&sSession{}) }

func (s *sSession) SetUser(ctx context.Context, user *model.User) error {
	session, err := service.BizCtx().GetSession(ctx)
	if err != nil {
		return err
	}
	return session.Set("user", user)
}

func (s *sSession) SetUserRenewed(ctx context.Context, user *model.User) error {
	session, err := service.BizCtx().GetSession(ctx)
	if err != nil {
		return err
	}
	if _, err := session.RegenerateId(true); err != nil {
		return err
	}
	return session.Set("user", user)
}
