// Command beegoconfcode switches sessions on in code too: the code's
// site is the one (cookieflags reports it there), not the file's.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.Run()
}
