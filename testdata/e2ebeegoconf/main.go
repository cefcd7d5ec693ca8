// Command bookshelf is a beego v2 application laid out as beego's
// generator lays it out: conf/app.conf switches sessions on, routers
// registers the controllers, main runs the server.
package main

import (
	"github.com/beego/beego/v2/server/web"

	_ "sessionlint.test/beegoconf/routers"
)

func main() {
	web.Run()
}
