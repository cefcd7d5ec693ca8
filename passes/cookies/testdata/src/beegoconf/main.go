// Command beegoconf switches sessions on in conf/app.conf, not in code.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run() // want `^server beego: conf/app.conf:3 Name=const:"shopsid" Path=default:"/" Secure=default:"false" HttpOnly=const:"true" SameSite=default:""$`
}
