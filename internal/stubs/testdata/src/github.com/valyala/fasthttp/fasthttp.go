// Package fasthttp is a stub of github.com/valyala/fasthttp.
package fasthttp

import "time"

var CookieExpireDelete = time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
