// Package api declares the requests of apps/gfservice.
package api

import "github.com/gogf/gf/v2/frame/g"

type SignInReq struct {
	g.Meta   `path:"/sign-in" method:"post"`
	Passport string `v:"required"`
	Password string `v:"required"`
}

type SignInRes struct{}
