// Package web is a stub of github.com/beego/beego/v2/server/web v2.3.10.
package web

import "net/http"

type Config struct {
	AppName   string
	Listen    Listen
	WebConfig WebConfig
}

type Listen struct {
	EnableHTTP  bool
	EnableHTTPS bool
}

type WebConfig struct {
	AutoRender bool
	Session    SessionConfig
}

type SessionConfig struct {
	SessionOn              bool
	SessionProvider        string
	SessionName            string
	SessionDisableHTTPOnly bool
	SessionDomain          string
	SessionCookieSameSite  http.SameSite

	SessionEnableSidInURLQuery bool
}

var BConfig *Config

func Run(params ...string) {}
