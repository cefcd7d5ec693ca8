// Package cmd runs apps/gfservice's server.
package cmd

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/gfservice/internal/controller"
	"sessionlint.test/e2e/apps/gfservice/internal/service"
)

// Run serves the controllers behind the middleware that keeps the
// request's business context.
func Run() {
	s := g.Server()
	s.Group("/", func(group *ghttp.RouterGroup) {
		group.Middleware(service.Middleware().Ctx)
		group.Bind(controller.Account)
	})
	s.Run()
}
