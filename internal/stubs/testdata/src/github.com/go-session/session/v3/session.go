// Package session is a stub of github.com/go-session/session/v3 v3.2.1.
package session

import "net/http"

type options struct {
	cookieName string
	secure     bool
	sameSite   http.SameSite
}

type Option func(*options)

func SetSign(sign []byte) Option                  { return nil }
func SetCookieName(cookieName string) Option      { return nil }
func SetCookieLifeTime(cookieLifeTime int) Option { return nil }
func SetDomain(domain string) Option              { return nil }
func SetSecure(secure bool) Option                { return nil }
func SetSameSite(sameSite http.SameSite) Option   { return nil }
func SetEnableSIDInURLQuery(enable bool) Option   { return nil }

type Manager struct{}

func NewManager(opt ...Option) *Manager { return &Manager{} }

func InitManager(opt ...Option) {}
