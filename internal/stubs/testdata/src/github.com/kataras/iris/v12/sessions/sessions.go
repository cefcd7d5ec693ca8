// Package sessions is a stub of github.com/kataras/iris/v12/sessions v12.2.11.
package sessions

import "time"

type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Expires                     time.Duration
	DisableSubdomainPersistence bool
}

type Sessions struct{}

func New(cfg Config) *Sessions { return &Sessions{} }
