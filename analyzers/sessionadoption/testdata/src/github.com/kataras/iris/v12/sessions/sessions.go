// Package sessions is a stub of github.com/kataras/iris/v12/sessions v12.2.11.
package sessions

import (
	"time"

	"github.com/kataras/iris/v12/context"
)

type SecureCookie interface {
	Encode(cookieName string, cookieValue any) (string, error)
	Decode(cookieName string, cookieValue string, cookieValuePtr any) error
}

type Config struct {
	Cookie             string
	Encoding           SecureCookie
	Expires            time.Duration
	SessionIDGenerator func(ctx *context.Context) string
}

type Sessions struct{}

func New(cfg Config) *Sessions { return &Sessions{} }
