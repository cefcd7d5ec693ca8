// Command beegoonenv switches sessions on from the environment, on by
// default: the file ships sessions on.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run() // want `^server beego: conf/app.conf:2 Name=default:"beegosessionID" Path=default:"/" Secure=default:"false" HttpOnly=default:"true" SameSite=default:""$`
}
