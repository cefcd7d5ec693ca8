// Package context is a stub of github.com/kataras/iris/context v11.1.1
// (before modules): Context is an interface.
package context

import "net/http"

type CookieOption func(*http.Cookie)

type Handler func(Context)

type RequestParams struct{}

func (r RequestParams) Get(key string) string { return "" }

type Context interface {
	Request() *http.Request
	ResponseWriter() http.ResponseWriter
	Params() *RequestParams
	URLParam(name string) string
	FormValue(name string) string
	PostValue(name string) string
	PostValueTrim(name string) string
	GetHeader(name string) string
	ReadJSON(jsonObjectPtr interface{}) error
	ReadForm(formObjectPtr interface{}) error
	Redirect(urlToRedirect string, statusHeader ...int)
	SetCookie(cookie *http.Cookie, options ...CookieOption)
	SetCookieKV(name, value string, options ...CookieOption)
	GetCookie(name string, options ...CookieOption) string
	RemoveCookie(name string, options ...CookieOption)
	WriteString(body string) (int, error)
	Next()
}

func CookiePath(path string) CookieOption       { return nil }
func CookieHTTPOnly(httpOnly bool) CookieOption { return nil }
func CookieCleanPath(c *http.Cookie)            {}
