// Package context is a stub of github.com/kataras/iris/v12/context v12.2.11.
package context

type Context struct{}

func (ctx *Context) URLParam(name string) string { return "" }
