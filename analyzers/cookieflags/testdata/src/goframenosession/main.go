// Command goframenosession never writes a session: GoFrame then sends no
// session cookie.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/ping", func(r *ghttp.Request) { r.Response.Write("pong") })
	s.Run()
}
