// Package goframev1cookies sets cookies with GoFrame v1, whose setters
// cannot send Secure or SameSite.
package goframev1cookies

import (
	"net/http"
	"time"

	"github.com/gogf/gf/net/ghttp"
)

func remember(r *ghttp.Request, token string) {
	r.Cookie.SetCookie("remember", token, "", "/", time.Hour, true) // want `^cookie "remember" is sent without Secure and SameSite; GoFrame v1's cookie setters cannot send Secure or SameSite: build an http.Cookie with HttpOnly, Secure and SameSite set and send it with r.Cookie.SetHttpCookie, or move to github.com/gogf/gf/v2$`
}

func token(r *ghttp.Request, token string) {
	r.Cookie.Set("token", token) // want `^cookie "token" is sent without HttpOnly, Secure and SameSite; GoFrame v1's cookie setters`
}

func rememberHardened(r *ghttp.Request, token string) {
	r.Cookie.SetHttpCookie(&http.Cookie{Name: "remember", Value: token, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
