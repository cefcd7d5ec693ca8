// Package ghttp is a stub of github.com/gogf/gf/net/ghttp v1.16.9: the
// request's cookie setters.
package ghttp

import (
	"net/http"
	"time"
)

type Request struct {
	*http.Request
	Cookie *Cookie
}

type Cookie struct{}

// Set sends key=value with the server's domain, path and max age, and no
// HttpOnly, Secure or SameSite.
func (c *Cookie) Set(key, value string) {}

// SetCookie sends key=value; only HttpOnly can be asked for.
func (c *Cookie) SetCookie(key, value, domain, path string, maxAge time.Duration, httpOnly ...bool) {}

// SetHttpCookie sends the cookie as it is.
func (c *Cookie) SetHttpCookie(httpCookie *http.Cookie) {}
