// Package web is a stub of github.com/beego/beego/v2/server/web v2.3.10.
package web

type SessionConfig struct {
	SessionOn                  bool
	SessionName                string
	SessionEnableSidInURLQuery bool
}

type WebConfig struct {
	Session SessionConfig
}

type Config struct {
	WebConfig WebConfig
}

var BConfig = &Config{}
