// Command beegootherconf loads a configuration file of its own
// (beego.LoadAppConfig at start-up, as the setup package does), shipped
// as conf/site.conf, whose sessions are on; a commented-out switch in
// code and one in another program of the module do not count.
package main

import (
	"github.com/beego/beego/v2/server/web"

	_ "beegootherconf/setup"
)

func main() {
	// web.BConfig.WebConfig.Session.SessionOn = true
	web.Run() // want `^server beego: conf/site.conf:2 Name=const:"sitesid" Path=default:"/" Secure=default:"false" HttpOnly=default:"true" SameSite=default:""$`
}
