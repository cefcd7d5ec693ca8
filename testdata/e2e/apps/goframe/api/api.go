// Package api declares the requests of apps/goframe, as GoFrame's typed
// handlers take them.
package api

import "github.com/gogf/gf/v2/frame/g"

type EnterReq struct {
	g.Meta   `path:"/enter" method:"post"`
	Email    string `v:"required"`
	Password string `v:"required"`
}

type EnterRes struct{}

type RememberReq struct {
	g.Meta `path:"/remember" method:"post"`
	Token  string `v:"required"`
}

type RememberRes struct{}

type SignInReq struct {
	g.Meta   `path:"/sign-in" method:"post"`
	Email    string `v:"required"`
	Password string `v:"required"`
}

type SignInRes struct{}
