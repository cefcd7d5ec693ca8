// Package iris is a stub of github.com/kataras/iris/v12 v12.2.11.
package iris

import "github.com/kataras/iris/v12/context"

type Context = *context.Context

type Application struct{}

func New() *Application { return &Application{} }

func (app *Application) Post(relativePath string, handlers ...context.Handler) {}

var (
	CookieSecure   = context.CookieSecure
	CookieHTTPOnly = context.CookieHTTPOnly
	CookieSameSite = context.CookieSameSite
	CookiePath     = context.CookiePath
	CookieDomain   = context.CookieDomain
)
