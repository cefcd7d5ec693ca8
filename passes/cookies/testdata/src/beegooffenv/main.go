// Command beegooffenv switches sessions on from the environment, off by
// default: nothing to report unless the deployment turns them on.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run()
}
