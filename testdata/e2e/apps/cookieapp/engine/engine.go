// Package engine adapts a framework's response to a header map of its own,
// as admin frameworks' adapters do: SetCookie renders the cookie and adds it
// through AddHeader.
package engine

import "net/http"

// Context is one request.
type Context struct {
	Request *http.Request
	Header  http.Header
}

// AddHeader adds a response header.
func (c *Context) AddHeader(key, value string) { c.Header.Add(key, value) }

// SetCookie sends the cookie with the response.
func (c *Context) SetCookie(cookie *http.Cookie) {
	if v := cookie.String(); v != "" {
		c.AddHeader("Set-Cookie", v)
	}
}
