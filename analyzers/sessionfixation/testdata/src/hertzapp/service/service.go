// Package service is laid out as CloudWeGo's hz tool generates it: one
// struct a handler, made with the request's context and RequestContext,
// whose Run does the work.
package service

import (
	"context"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/hertz-contrib/sessions"
)

type SignInReq struct {
	Email, Password string
}

// Users is the remote user service.
type Users interface {
	Login(ctx context.Context, email, password string) (userID int64, err error)
}

var UserClient Users

type SignInService struct {
	RequestContext *app.RequestContext
	Context        context.Context
}

func NewSignInService(ctx context.Context, c *app.RequestContext) *SignInService {
	return &SignInService{RequestContext: c, Context: ctx}
}

func (h *SignInService) Run(req *SignInReq) (string, error) {
	id, err := UserClient.Login(h.Context, req.Email, req.Password)
	if err != nil {
		return "", err
	}
	s := sessions.Default(h.RequestContext)
	s.Set("user_id", id)
	return "/", s.Save()
}
