// Package gingonic sets cookies through gin's Context (gin v1.12.0).
//
// c.SetCookie takes the flags as positional booleans: argument 6 is secure,
// argument 7 is httpOnly. SameSite comes only from c.SetSameSite called
// earlier in the same request. c.SetCookieData copies the request's SameSite
// only when the cookie's SameSite is http.SameSiteDefaultMode, not when it is
// left zero.
package gingonic

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Config is the application's configuration.
type Config struct {
	Production bool
}

// Routes registers the handlers.
func Routes(r *gin.Engine, cfg Config) {
	r.GET("/insecure", InsecureCookie)
	r.GET("/no-samesite", SecureWithoutSameSite)
	r.GET("/hardened", HardenedCookie)
	r.GET("/data-trap", SetCookieDataTrap)
	r.GET("/data-default", SetCookieDataDefaultMode)
	r.GET("/logout", DeleteCookie)
	r.GET("/config", ConfigDrivenSecure(cfg))
}

// InsecureCookie passes false for both secure and httpOnly.
func InsecureCookie(c *gin.Context) {
	c.SetCookie("sid", c.GetString("sid"), 3600, "/", "", false, false) // e2e: cookieflags
}

// SecureWithoutSameSite sets secure and httpOnly but never calls
// c.SetSameSite, so the cookie has no SameSite attribute.
func SecureWithoutSameSite(c *gin.Context) {
	c.SetCookie("sid", c.GetString("sid"), 3600, "/", "", true, true) // e2e: cookieflags
}

// HardenedCookie sets SameSite for the request, then secure and httpOnly.
func HardenedCookie(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("sid", c.GetString("sid"), 3600, "/", "", true, true) // e2e: clean
}

// SetCookieDataTrap looks hardened, but SetCookieData keeps the literal's
// zero SameSite: the request's Strict mode is not applied and the cookie
// goes out with no SameSite attribute.
func SetCookieDataTrap(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookieData(&http.Cookie{Name: "sid", Value: c.GetString("sid"), Path: "/", HttpOnly: true, Secure: true}) // e2e: cookieflags
}

// SetCookieDataDefaultMode asks for the request's SameSite explicitly with
// http.SameSiteDefaultMode, which SetCookieData replaces by Strict.
func SetCookieDataDefaultMode(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookieData(&http.Cookie{Name: "sid", Value: c.GetString("sid"), Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode}) // e2e: clean
}

// DeleteCookie expires the session cookie (a negative maxAge).
func DeleteCookie(c *gin.Context) {
	c.SetCookie("sid", "", -1, "/", "", false, false) // e2e: clean
}

// ConfigDrivenSecure takes secure from the configuration.
func ConfigDrivenSecure(cfg Config) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.SetSameSite(http.SameSiteLaxMode)
		c.SetCookie("sid", c.GetString("sid"), 3600, "/", "", cfg.Production, true) // e2e: clean
	}
}
