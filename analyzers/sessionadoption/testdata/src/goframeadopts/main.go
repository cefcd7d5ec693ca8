// Command goframeadopts keeps users in GoFrame sessions and never gives a
// session a new ID: an ID the client made up becomes theirs.
package main

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/net/ghttp"
)

func main() {
	s := g.Server()
	s.BindHandler("/enter", func(r *ghttp.Request) {
		r.Session.Set("account", r.Get("account").String())
	})
	s.Run() // want `^GoFrame's sessions keep any session ID the client sends \(the gfsessionid cookie or header\), even one its storage has never seen, and this module never gives a session a new ID; give the session a new ID at login: call r.Session.RegenerateId\(true\) first`
}

// restart restarts the server main runs: not where it is run.
func restart() {
	s := g.Server()
	s.Shutdown()
	s.Start()
}
