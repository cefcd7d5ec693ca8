// Command irisv11 is an application on iris v11 (github.com/kataras/iris
// v11.1.1, before modules): the session manager made in package web,
// logins in package web, accounts found in package accounts.
package main

import (
	"github.com/kataras/iris"

	"sessionlint.test/e2e/apps/irisv11/web"
)

func main() {
	app := iris.New()
	app.Post("/login", web.Login)
	app.Post("/login2", web.LoginRenewed)
	app.Post("/remember", web.Remember)
	_ = app.Run(iris.Addr(":8080"))
}
