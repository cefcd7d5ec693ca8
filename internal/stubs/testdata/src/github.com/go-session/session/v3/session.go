// Package session is a stub of github.com/go-session/session/v3 v3.2.1.
package session

import (
	"context"
	"net/http"
)

type IDHandlerFunc func(context.Context) string

type options struct {
	cookieName string
	secure     bool
	sameSite   http.SameSite
}

type Option func(*options)

func SetSign(sign []byte) Option                             { return nil }
func SetCookieName(cookieName string) Option                 { return nil }
func SetCookieLifeTime(cookieLifeTime int) Option            { return nil }
func SetDomain(domain string) Option                         { return nil }
func SetSecure(secure bool) Option                           { return nil }
func SetSameSite(sameSite http.SameSite) Option              { return nil }
func SetSessionID(handler IDHandlerFunc) Option              { return nil }
func SetEnableSIDInURLQuery(enableSIDInURLQuery bool) Option { return nil }

type Manager struct{}

func NewManager(opt ...Option) *Manager { return &Manager{} }

func InitManager(opt ...Option) {}

// Store is the session a request started; the real interface has more
// methods (Context, Get, Delete, Flush).
type Store interface {
	SessionID() string
	Set(key string, value interface{})
	Save() error
}

func Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
