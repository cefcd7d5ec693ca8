// Package protocol is a stub of github.com/cloudwego/hertz/pkg/protocol
// (v0.10.3): the cookie's SameSite modes.
package protocol

type CookieSameSite int

const (
	CookieSameSiteDisabled CookieSameSite = iota
	CookieSameSiteDefaultMode
	CookieSameSiteLaxMode
	CookieSameSiteStrictMode
	CookieSameSiteNoneMode
)
