// Package context is a stub of github.com/kataras/iris/v12/context v12.2.11.
package context

// SecureCookie is the encoder sessions.Config.Encoding takes.
type SecureCookie interface {
	Encode(cookieName string, cookieValue any) (string, error)
	Decode(cookieName string, cookieValue string, cookieValuePtr any) error
}

type Context struct{}

func (ctx *Context) URLParam(name string) string { return "" }
