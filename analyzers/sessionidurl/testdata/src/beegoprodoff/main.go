// Command beegoprodoff lets the session ID come in the URL in development
// only: conf/app.conf turns it on at the top level and off in the [prod]
// section of the run mode it selects.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run()
}
