// Command beegocodesamesite configures SameSite in conf/app.conf, but its
// code sets the default mode afterwards, which sends no attribute, and
// names the cookie.
package main

import "github.com/beego/beego/v2/server/web"

func main() {
	configure()
	web.Run() // want `^server beego: conf/app.conf:1 Name=const:"PHPSESSIONID" Path=default:"/" Secure=const:"true" HttpOnly=default:"true" SameSite=const:""$`
}
