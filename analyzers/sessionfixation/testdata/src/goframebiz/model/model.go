// Package model holds the request's business context: a middleware puts
// the request's session in it, and the services reach the session through
// it.
package model

import "github.com/gogf/gf/v2/net/ghttp"

// Context is what the middleware keeps in the request's context.
type Context struct {
	Session *ghttp.Session
	User    *ContextUser
}

// ContextUser is the signed-in user of a request.
type ContextUser struct {
	Id    uint
	Email string
}

// UserSession is what the session keeps.
type UserSession struct {
	Id      uint
	Email   string
	IsAdmin bool
}

// Account is a stored account.
type Account struct {
	Id       uint
	Email    string
	Password string
}
