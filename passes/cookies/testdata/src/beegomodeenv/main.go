// Command beegomodeenv lets the environment pick the run mode: what a
// mode's section sets is the deployment's choice.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run() // want `^server beego: conf/app.conf:2 Name=default:"beegosessionID" Path=default:"/" Secure=dynamic HttpOnly=default:"true" SameSite=dynamic$`
}
