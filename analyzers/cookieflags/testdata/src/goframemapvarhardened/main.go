// Command goframemapvarhardened sets the session cookie's attributes in a
// map variable; a second server's map is changed after it is built, which
// leaves its attributes to the author.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

var secure bool

func main() {
	s := g.Server()
	cfg := g.Map{"cookieHttpOnly": true, "cookieSecure": true, "cookieSameSite": "lax"}
	_ = s.SetConfigWithMap(cfg)
	s.BindHandler("/enter", enter)
	s.Run()

	admin := ghttp.GetServer("admin")
	adminCfg := g.Map{"SessionMaxAge": 3600}
	adminCfg["cookieSecure"] = secure
	_ = admin.SetConfigWithMap(adminCfg)
	admin.Run()
}

func enter(r *ghttp.Request) {
	r.Session.Set("theme", r.Get("theme").String())
}
