// Package model holds apps/gfservice's business context and rows.
package model

import "github.com/gogf/gf/v2/net/ghttp"

// Context is what the middleware keeps in the request's context: the
// request's session among it.
type Context struct {
	Session *ghttp.Session
	User    *User
}

// User is a row of the users' table.
type User struct {
	Id       uint
	Passport string
	Password string
}
