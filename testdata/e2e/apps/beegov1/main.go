// Command beegov1 is an application on beego v1 (github.com/astaxie/beego
// v1.12.3): sessions switched on in main with the memory provider, over
// plain HTTP, a base controller's SetMember helper, logins in package
// controllers, members found in package models.
package main

import (
	"github.com/astaxie/beego"

	"sessionlint.test/e2e/apps/beegov1/controllers"
)

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true // e2e: cookieflags
	beego.BConfig.WebConfig.Session.SessionProvider = "memory"
	beego.Router("/login", &controllers.AccountController{}, "post:Login")
	beego.Router("/login/renewed", &controllers.AccountController{}, "post:LoginRenewed")
	beego.Run()
}
