// Package iris is a stub of github.com/kataras/iris v11.1.1.
package iris

import "github.com/kataras/iris/context"

type Context = context.Context

var (
	CookiePath     = context.CookiePath
	CookieHTTPOnly = context.CookieHTTPOnly
)

type Application struct{}

func New() *Application { return &Application{} }

func (app *Application) Post(path string, handlers ...context.Handler) {}
