// Command goframectx keeps the request's session in its own context
// object and writes it through that: no r.Session.Set in the module, the
// session is used all the same.
package main

import (
	"context"

	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

type bizCtx struct {
	Session *ghttp.Session
}

type ctxKey struct{}

func keep(r *ghttp.Request) {
	r.SetCtxVar(ctxKey{}, &bizCtx{Session: r.Session})
}

func remember(ctx context.Context, id int) error {
	session := ctx.Value(ctxKey{}).(*bizCtx).Session
	return session.Set("uid", id)
}

func main() {
	s := g.Server()
	s.BindHandler("/", func(r *ghttp.Request) {
		keep(r)
		_ = remember(r.Context(), 1)
	})
	s.Run() // want `^server GoFrame: manifest/config/config.yaml:1 Name=const:"appsid" Path=default:"/" Secure=default:"false" HttpOnly=default:"false" SameSite=default:""$`
}
