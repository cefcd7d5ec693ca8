// Package routers registers the application's controllers.
package routers

import (
	"github.com/beego/beego/v2/server/web"

	"sessionlint.test/beegoconf/controllers"
)

func init() {
	web.Router("/login", &controllers.AccountController{}, "post:Login")
	web.Router("/login-renewed", &controllers.AccountController{}, "post:LoginRenewed")
}
