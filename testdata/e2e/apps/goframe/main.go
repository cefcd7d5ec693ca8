// Command goframe serves apps/goframe's typed handlers with GoFrame; the
// server's session cookie is configured in manifest/config/config.yaml at
// the module's root.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"

	"sessionlint.test/e2e/apps/goframe/internal/controller"
)

func main() {
	s := g.Server()
	s.Group("/", func(group *ghttp.RouterGroup) {
		group.Bind(controller.Account{})
	})
	s.Run()
}
