// Command beegomodes runs in the dev mode its conf/app.conf selects: the
// [dev] section's SameSite wins over [prod]'s, and a value taken from the
// environment is the deployment's choice.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run() // want `^server beego: conf/app.conf:2 Name=default:"beegosessionID" Path=default:"/" Secure=dynamic HttpOnly=default:"true" SameSite=const:""$`
}
