// Command goframeserver runs a GoFrame server whose handlers write
// sessions, with the session cookie left at GoFrame's defaults (no
// configuration file, nothing set in code).
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/enter", enter)
	s.Run() // want `^session cookie "gfsessionid" of the GoFrame server is sent without HttpOnly, Secure and SameSite; set cookieHttpOnly: true, cookieSecure: true and cookieSameSite: lax in the server section of its configuration file \(manifest/config/config.yaml\), or call SetConfigWithMap\(g.Map\{"cookieHttpOnly": true, "cookieSecure": true, "cookieSameSite": "lax"\}\) on it$`
}

func enter(r *ghttp.Request) {
	r.Session.Set("theme", r.Get("theme").String())
}
