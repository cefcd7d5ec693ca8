// Package fasthttp is a stub of github.com/valyala/fasthttp (v1.69.0).
package fasthttp

import "time"

var CookieExpireDelete = time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)

type CookieSameSite int

const (
	CookieSameSiteDisabled CookieSameSite = iota
	CookieSameSiteDefaultMode
	CookieSameSiteLaxMode
	CookieSameSiteStrictMode
	CookieSameSiteNoneMode
)

type Cookie struct {
	key, value []byte
	httpOnly   bool
	secure     bool
	sameSite   CookieSameSite
}

func AcquireCookie() *Cookie { return &Cookie{} }

func ReleaseCookie(c *Cookie) {}

func (c *Cookie) SetKey(key string)               {}
func (c *Cookie) SetValue(value string)           {}
func (c *Cookie) SetPath(path string)             {}
func (c *Cookie) SetDomain(domain string)         {}
func (c *Cookie) SetMaxAge(seconds int)           {}
func (c *Cookie) SetExpire(expire time.Time)      {}
func (c *Cookie) SetSecure(secure bool)           {}
func (c *Cookie) SetHTTPOnly(httpOnly bool)       {}
func (c *Cookie) SetSameSite(mode CookieSameSite) {}
func (c *Cookie) SetPartitioned(partitioned bool) {}
func (c *Cookie) Key() []byte                     { return c.key }

type ResponseHeader struct{}

func (h *ResponseHeader) SetCookie(cookie *Cookie) {}

type RequestHeader struct{}

func (h *RequestHeader) Cookie(key string) []byte { return nil }

type Response struct{ Header ResponseHeader }

type Request struct{ Header RequestHeader }

type RequestCtx struct {
	Request  Request
	Response Response
}
