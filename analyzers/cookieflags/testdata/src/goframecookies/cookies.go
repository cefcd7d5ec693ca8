// Package goframecookies sets cookies through GoFrame v2's
// r.Cookie.SetCookie, whose HttpOnly, Secure and SameSite come only from
// the ghttp.CookieOptions it is given.
package goframecookies

import (
	"net/http"
	"time"

	"github.com/gogf/gf/v2/net/ghttp"
)

func remember(r *ghttp.Request, token string) {
	r.Cookie.SetCookie("remember", token, "", "/", 30*24*time.Hour) // want `^cookie "remember" is sent without HttpOnly, Secure and SameSite; pass ghttp.CookieOptions\{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode\} as its last argument$`
}

func rememberHttpOnly(r *ghttp.Request, token string) {
	r.Cookie.SetCookie("remember", token, "", "/", time.Hour, ghttp.CookieOptions{HttpOnly: true}) // want `^cookie "remember" is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode in the ghttp.CookieOptions it is given$`
}

func rememberHardened(r *ghttp.Request, token string) {
	r.Cookie.SetCookie("remember", token, "", "/", time.Hour, ghttp.CookieOptions{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func rememberConfigured(r *ghttp.Request, token string, opts ghttp.CookieOptions) {
	r.Cookie.SetCookie("remember", token, "", "/", time.Hour, opts)
}
