// Package service holds the services, each a package-level variable.
package service

import (
	"context"

	"github.com/gogf/gf/v2/net/ghttp"

	"goframebiz/model"
)

const contextKey = "ContextKey"

// Context reads and writes the request's business context.
var Context = contextService{}

type contextService struct{}

// Init keeps the business context in the request.
func (s *contextService) Init(r *ghttp.Request, c *model.Context) {
	r.SetCtxVar(contextKey, c)
}

// Get returns the request's business context.
func (s *contextService) Get(ctx context.Context) *model.Context {
	value := ctx.Value(contextKey)
	if value == nil {
		return nil
	}
	if c, ok := value.(*model.Context); ok {
		return c
	}
	return nil
}

// Middleware keeps the request's session in its business context.
func Middleware(r *ghttp.Request) {
	Context.Init(r, &model.Context{Session: r.Session})
	r.Middleware().Next()
}
