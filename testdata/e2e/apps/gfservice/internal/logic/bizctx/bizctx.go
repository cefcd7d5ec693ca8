// Package bizctx keeps the request's business context in its context.
package bizctx

import (
	"context"
	"errors"

	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/gfservice/internal/model"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
)

const key = "BizCtx"

type sBizCtx struct{}

func init() { service.RegisterBizCtx(&sBizCtx{}) }

func (s *sBizCtx) Init(r *ghttp.Request, c *model.Context) { r.SetCtxVar(key, c) }

func (s *sBizCtx) Get(ctx context.Context) *model.Context {
	if c, ok := ctx.Value(key).(*model.Context); ok {
		return c
	}
	return nil
}

func (s *sBizCtx) GetSession(ctx context.Context) (*ghttp.Session, error) {
	c := s.Get(ctx)
	if c == nil {
		return nil, errors.New("no business context")
	}
	return c.Session, nil
}
