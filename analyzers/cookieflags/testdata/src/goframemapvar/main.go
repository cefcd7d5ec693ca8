// Command goframemapvar configures its server through a map variable
// assigned one of two literals, neither of which sets the session
// cookie's attributes.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

var useRedis bool

func main() {
	s := g.Server()
	cfg := g.Map{"SessionMaxAge": 3600}
	if useRedis {
		cfg = g.Map{"SessionMaxAge": 7200}
	}
	_ = s.SetConfigWithMap(cfg)
	s.BindHandler("/enter", enter)
	s.Run() // want `^session cookie "gfsessionid" of the GoFrame server is sent without HttpOnly, Secure and SameSite`
}

func enter(r *ghttp.Request) {
	r.Session.Set("theme", r.Get("theme").String())
}
