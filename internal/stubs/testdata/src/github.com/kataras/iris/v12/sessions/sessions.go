// Package sessions is a stub of github.com/kataras/iris/v12/sessions v12.2.11.
package sessions

import (
	"time"

	"github.com/kataras/iris/v12/context"
)

type Config struct {
	Cookie                      string
	CookieSecureTLS             bool
	AllowReclaim                bool
	Expires                     time.Duration
	DisableSubdomainPersistence bool
	Encoding                    context.SecureCookie
	SessionIDGenerator          func(ctx *context.Context) string
}

type Sessions struct{}

func New(cfg Config) *Sessions { return &Sessions{} }
