// Package api holds the handlers.
package api

import (
	"github.com/gogf/gf/v2/net/ghttp"

	"goframebiz/service"
)

// SignIn signs the posted user in.
func SignIn(r *ghttp.Request) {
	if err := service.User.SignIn(r.Context(), r.GetForm("email").String(), r.GetForm("password").String()); err != nil {
		r.Response.Write("no")
	}
}
