// Command goframeconf ships only an example configuration.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/", func(r *ghttp.Request) { r.Session.Set("seen", true) })
	s.Run() // want `^server GoFrame: manifest/config/config.example.yaml:1 \(example\) Name=default:"gfsessionid" Path=default:"/" Secure=const:"true" HttpOnly=default:"false" SameSite=const:"Strict"$`
}
