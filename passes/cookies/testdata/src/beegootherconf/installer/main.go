// Command installer is another program of the module, with sessions
// switched on in its own code.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.Run()
}
