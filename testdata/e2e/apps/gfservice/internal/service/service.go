// Package service declares apps/gfservice's services as interfaces, each
// with the function its implementation registers itself with, the way
// GoFrame's generator writes them.
package service

import (
	"context"

	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/gfservice/internal/model"
)

type (
	IBizCtx interface {
		Init(r *ghttp.Request, c *model.Context)
		Get(ctx context.Context) *model.Context
		GetSession(ctx context.Context) (*ghttp.Session, error)
	}
	ISession interface {
		SetUser(ctx context.Context, user *model.User) error
		SetUserRenewed(ctx context.Context, user *model.User) error
	}
	IUser interface {
		GetUserByPassportAndPassword(ctx context.Context, passport, password string) (*model.User, error)
	}
	IMiddleware interface {
		Ctx(r *ghttp.Request)
	}
)

var (
	localBizCtx     IBizCtx
	localSession    ISession
	localUser       IUser
	localMiddleware IMiddleware
)

func BizCtx() IBizCtx                  { return localBizCtx }
func RegisterBizCtx(i IBizCtx)         { localBizCtx = i }
func Session() ISession                { return localSession }
func RegisterSession(i ISession)       { localSession = i }
func User() IUser                      { return localUser }
func RegisterUser(i IUser)             { localUser = i }
func Middleware() IMiddleware          { return localMiddleware }
func RegisterMiddleware(i IMiddleware) { localMiddleware = i }
