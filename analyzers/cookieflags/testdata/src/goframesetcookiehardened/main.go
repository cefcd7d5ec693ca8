// Command goframesetcookiehardened sends its own cookie with r.Cookie.Set
// after configuring the attributes the server gives it.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.SetConfigWithMap(g.Map{"cookieHttpOnly": true, "cookieSecure": true, "cookieSameSite": "lax"})
	s.BindHandler("/remember", remember)
	s.Run()
}

func remember(r *ghttp.Request) {
	r.Cookie.Set("remember", r.Get("token").String())
}
