// Command goframerenews gives the session a new ID at login: the adopted
// ID carries nothing.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/enter", func(r *ghttp.Request) {
		r.Session.RegenerateId(true)
		r.Session.Set("account", r.Get("account").String())
	})
	s.Run()
}
