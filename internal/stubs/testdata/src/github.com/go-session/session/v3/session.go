// Package session is a stub of github.com/go-session/session/v3 v3.2.1.
package session

import (
	"context"
	"net/http"
)

type Store interface {
	Context() context.Context
	SessionID() string
	Set(key string, value interface{})
	Get(key string) (interface{}, bool)
	Delete(key string) interface{}
	Save() error
	Flush() error
}

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

func (m *Manager) Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

func (m *Manager) Refresh(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

func (m *Manager) Destroy(ctx context.Context, w http.ResponseWriter, r *http.Request) error {
	return nil
}

func InitManager(opt ...Option) {}

func Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}

func Destroy(ctx context.Context, w http.ResponseWriter, r *http.Request) error { return nil }

func Refresh(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
