// Command goframehardened sets the session cookie's attributes in code:
// a map with GoFrame's keys (any case, as GoFrame reads them), and a
// struct whose Secure comes from the configuration.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

var tls bool

func main() {
	s := g.Server()
	s.SetConfigWithMap(g.Map{"CookieHttpOnly": true, "cookie_secure": true, "cookieSameSite": "lax"})
	s.BindHandler("/enter", enter)
	s.Run()

	admin := ghttp.GetServer("admin")
	admin.SetConfig(ghttp.ServerConfig{CookieHttpOnly: true, CookieSecure: tls, CookieSameSite: "strict"})
	admin.Run()
}

func enter(r *ghttp.Request) {
	r.Session.Set("theme", r.Get("theme").String())
}
