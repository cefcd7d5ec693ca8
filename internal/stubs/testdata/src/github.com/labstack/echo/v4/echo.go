// Package echo is a stub of github.com/labstack/echo/v4 v4.16.0.
package echo

import "net/http"

type Context interface {
	Request() *http.Request
	SetCookie(cookie *http.Cookie)
	Cookie(name string) (*http.Cookie, error)
}
