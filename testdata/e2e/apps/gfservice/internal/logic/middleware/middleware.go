// Package middleware puts the request's session in its business context.
package middleware

import (
	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/gfservice/internal/model"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
)

type sMiddleware struct{}

func init() { service.RegisterMiddleware(&sMiddleware{}) }

func (s *sMiddleware) Ctx(r *ghttp.Request) {
	service.BizCtx().Init(r, &model.Context{Session: r.Session})
	r.Middleware.Next()
}
