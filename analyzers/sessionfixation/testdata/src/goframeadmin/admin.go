// Package goframeadmin logs administrators in with GoFrame typed
// handlers and keeps them in the session as a map of their fields under
// the application's own key.
package goframeadmin

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"

	"goframeadmin/logic"
)

type LoginReq struct {
	g.Meta   `path:"/admin/login" method:"post"`
	Username string
	Password string
}

type LoginRes struct{}

type SearchReq struct {
	g.Meta `path:"/admin/search" method:"get"`
	Query  string
}

type cAdmin struct{}

func (c *cAdmin) Login(ctx context.Context, req *LoginReq) (res *LoginRes, err error) {
	a, err := logic.Admin().LoginVerify(ctx, logic.LoginInput{Username: req.Username, Password: req.Password})
	if err != nil {
		return nil, err
	}
	err = g.RequestFromCtx(ctx).Session.Set("admin_session", g.Map{ // want `^user identity is stored in the session before its ID is renewed; call g.RequestFromCtx\(ctx\).Session.RegenerateId\(true\) first`
		"Id":       a.Id,
		"Username": a.Username,
		"Name":     a.Name,
	})
	return
}

func (c *cAdmin) LoginRenewed(ctx context.Context, req *LoginReq) (res *LoginRes, err error) {
	a, err := logic.Admin().LoginVerify(ctx, logic.LoginInput{Username: req.Username, Password: req.Password})
	if err != nil {
		return nil, err
	}
	session := g.RequestFromCtx(ctx).Session
	if _, err = session.RegenerateId(true); err != nil {
		return nil, err
	}
	err = session.Set("admin_session", g.Map{"Id": a.Id, "Username": a.Username})
	return
}

// A map without an ID-like entry is no identity: the last search.
func (c *cAdmin) Search(ctx context.Context, req *SearchReq) (res *LoginRes, err error) {
	err = g.RequestFromCtx(ctx).Session.Set("admin_search", g.Map{"Query": req.Query, "Page": 1})
	return
}
