// Package controller holds apps/goframe's typed handlers: GoFrame decodes
// the request into the request struct and hands over the context.
package controller

import (
	"context"
	"net/http"
	"time"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/goframe/api"
	"sessionlint.test/e2e/apps/goframe/internal/logic"
)

type Account struct{}

// Enter signs the account in on the session the browser already has.
func (Account) Enter(ctx context.Context, req *api.EnterReq) (*api.EnterRes, error) {
	u, err := logic.Account(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	return &api.EnterRes{}, logic.Keep(ctx, u) // e2e: sessionfixation
}

// EnterRenewed gives the session a new ID first.
func (Account) EnterRenewed(ctx context.Context, req *api.EnterReq) (*api.EnterRes, error) {
	u, err := logic.Account(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	if err := logic.Renew(ctx); err != nil {
		return nil, err
	}
	return &api.EnterRes{}, logic.Keep(ctx, u) // e2e: clean
}

// Begin hands the form to the service layer, which finds the account
// and keeps it: no check in sight, the account found from the request's
// data (named for neither: no login word either).
func (Account) Begin(ctx context.Context, req *api.SignInReq) (*api.SignInRes, error) {
	return &api.SignInRes{}, logic.SignIn(ctx, logic.SignInInput{Email: req.Email, Password: req.Password}) // e2e: sessionfixation
}

// BeginRenewed gives the session a new ID first.
func (Account) BeginRenewed(ctx context.Context, req *api.SignInReq) (*api.SignInRes, error) {
	if err := logic.Renew(ctx); err != nil {
		return nil, err
	}
	return &api.SignInRes{}, logic.SignIn(ctx, logic.SignInInput{Email: req.Email, Password: req.Password}) // e2e: clean
}

// Remember keeps a remember-me token in a cookie GoFrame sends with the
// attributes its options give: none.
func (Account) Remember(ctx context.Context, req *api.RememberReq) (*api.RememberRes, error) {
	r := g.RequestFromCtx(ctx)
	r.Cookie.SetCookie("remember", req.Token, "", "/", 30*24*time.Hour)                         // e2e: cookieflags
	r.Cookie.SetCookie("remember_hardened", req.Token, "", "/", time.Hour, ghttp.CookieOptions{ // e2e: clean
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode,
	})
	return &api.RememberRes{}, nil
}
