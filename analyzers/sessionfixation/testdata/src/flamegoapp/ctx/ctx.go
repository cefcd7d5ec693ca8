// Package ctx is the application's own request context for flamego: a
// middleware builds it from what flamego injects, the session among it,
// and maps it for the handlers.
package ctx

import (
	"github.com/flamego/flamego"
	"github.com/flamego/session"
)

type Context struct {
	flamego.Context
	Session session.Session
}

// New makes the Context of a request (the middleware maps it).
func New(c flamego.Context, s session.Session) Context {
	return Context{Context: c, Session: s}
}
