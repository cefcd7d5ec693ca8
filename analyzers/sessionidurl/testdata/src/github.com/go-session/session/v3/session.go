// Package session is a stub of github.com/go-session/session/v3 v3.2.1.
package session

import (
	"context"
	"net/http"
)

type Option func(*options)

type options struct{}

type Manager struct{}

type Store interface {
	SessionID() string
	Set(key string, value interface{})
	Save() error
}

func SetCookieName(cookieName string) Option                 { return nil }
func SetEnableSIDInURLQuery(enableSIDInURLQuery bool) Option { return nil }
func NewManager(opt ...Option) *Manager                      { return &Manager{} }
func InitManager(opt ...Option)                              {}
func Start(ctx context.Context, w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
