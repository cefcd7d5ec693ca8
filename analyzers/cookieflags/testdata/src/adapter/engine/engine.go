// Package engine is a framework adapter of the kind admin frameworks ship:
// its context collects the response headers in an http.Header of its own,
// and SetCookie writes cookie.String() through AddHeader.
package engine

import "net/http"

type Context struct {
	Request  *http.Request
	Response *http.Response
}

// AddHeader adds a response header.
func (ctx *Context) AddHeader(key, value string) {
	ctx.Response.Header.Add(key, value)
}

// SetCookie sends the cookie with the response.
func (ctx *Context) SetCookie(cookie *http.Cookie) {
	if v := cookie.String(); v != "" {
		ctx.AddHeader("Set-Cookie", v)
	}
}

// setHeaderCookie writes an already rendered cookie.
func setHeaderCookie(h http.Header, rendered string) {
	h.Add("Set-Cookie", rendered)
}

// Remember sends a remember-me cookie through a helper of the package.
func Remember(h http.Header, token string) {
	c := &http.Cookie{Name: "remember", Value: token, Path: "/", HttpOnly: true} // want `cookie "remember" is sent without Secure and SameSite`
	setHeaderCookie(h, c.String())
}
