// Command goframesetcookie writes no session but sends its own cookie
// with r.Cookie.Set, which takes HttpOnly, Secure and SameSite from the
// server's configuration, left here at GoFrame's defaults.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/remember", remember)
	s.Run() // want `^cookie set by Cookie.Set on the GoFrame server is sent without HttpOnly, Secure and SameSite; set cookieHttpOnly: true, cookieSecure: true and cookieSameSite: lax in the server section of its configuration file \(manifest/config/config.yaml\), or call SetConfigWithMap\(g.Map\{"cookieHttpOnly": true, "cookieSecure": true, "cookieSameSite": "lax"\}\) on it$`
}

func remember(r *ghttp.Request) {
	r.Cookie.Set("remember", r.Get("token").String())
}
