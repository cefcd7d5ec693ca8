// Package goframeapp logs users in with GoFrame (github.com/gogf/gf/v2):
// plain handlers given the *ghttp.Request, typed handlers given a context
// and a request struct, and a service layer reached through the context.
// No handler is named like a login: the account found from what the
// client sent is the signal.
package goframeapp

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
	"github.com/gogf/gf/v2/os/gsession"

	"goframeapp/logic"
	"provenance/accounts"
)

var verifier accounts.Verifier

func Enter(r *ghttp.Request) {
	a, err := verifier.Verify(r.Context(), r.Get("email").String(), r.Get("password").String())
	if err != nil {
		r.Response.WriteJson(g.Map{"error": "bad credentials"})
		return
	}
	r.Session.Set("account_id", a.ID) // want `^user identity is stored in the session before its ID is renewed; call r.Session.RegenerateId\(true\) first \(GoFrame v2.8.2 and later; on older releases, SetId\(gsession.NewSessionId\(\)\) before the session is first used\)$`
}

func EnterRenewed(r *ghttp.Request) {
	a, err := verifier.Verify(r.Context(), r.Get("email").String(), r.Get("password").String())
	if err != nil {
		return
	}
	if _, err := r.Session.RegenerateId(true); err != nil {
		return
	}
	r.Session.Set("account_id", a.ID)
}

// SetId before the session is first used gives it a new ID (GoFrame
// releases without RegenerateId).
func EnterWithNewID(r *ghttp.Request) {
	a, err := verifier.Verify(r.Context(), r.Get("email").String(), r.Get("password").String())
	if err != nil {
		return
	}
	r.Session.SetId(gsession.NewSessionId())
	r.Session.Set("account_id", a.ID)
}

// RemoveAll clears the values and keeps the ID.
func EnterAfterRemoveAll(r *ghttp.Request) {
	a, err := verifier.Verify(r.Context(), r.Get("email").String(), r.Get("password").String())
	if err != nil {
		return
	}
	r.Session.RemoveAll()
	r.Session.SetMap(map[string]any{"account_id": a.ID, "theme": "dark"}) // want `^user identity is stored in the session before its ID is renewed \(RemoveAll keeps the session ID\); call r.Session.RegenerateId\(true\) first`
}

type EnterReq struct {
	g.Meta   `path:"/enter" method:"post"`
	Email    string
	Password string
}

type EnterRes struct{}

type cAccount struct{}

// Enter is a typed handler: the framework decodes the request into req.
func (c *cAccount) Enter(ctx context.Context, req *EnterReq) (res *EnterRes, err error) {
	a, err := verifier.Verify(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	err = logic.SetAccount(ctx, a) // want `^SetAccount stores user identity in the session before its ID is renewed; call g.RequestFromCtx\(ctx\).Session.RegenerateId\(true\) first`
	return
}

func (c *cAccount) EnterRenewed(ctx context.Context, req *EnterReq) (res *EnterRes, err error) {
	a, err := verifier.Verify(ctx, req.Email, req.Password)
	if err != nil {
		return nil, err
	}
	if err = logic.Renew(ctx); err != nil {
		return nil, err
	}
	err = logic.SetAccount(ctx, a)
	return
}

// Theme re-writes what the session already holds: no login.
func Theme(r *ghttp.Request) {
	v, err := r.Session.Get("account_id")
	if err != nil || v.IsNil() {
		return
	}
	r.Session.Set("account_id", v.Int64())
	r.Session.Set("theme", r.Get("theme").String())
}
