// Package session is a stub of github.com/beego/beego/v2/server/web/session v2.3.10.
package session

import (
	"context"
	"net/http"
)

type Store interface {
	Set(ctx context.Context, key, value interface{}) error
	Get(ctx context.Context, key interface{}) interface{}
	Delete(ctx context.Context, key interface{}) error
	SessionID(ctx context.Context) string
	SessionReleaseIfPresent(ctx context.Context, w http.ResponseWriter)
	SessionRelease(ctx context.Context, w http.ResponseWriter)
	Flush(ctx context.Context) error
}

type ManagerConfig struct {
	CookieName      string
	EnableSetCookie bool
	DisableHTTPOnly bool
	Secure          bool
	Gclifetime      int64
	Maxlifetime     int64
	CookieLifeTime  int
	Domain          string
	CookieSameSite  http.SameSite

	EnableSidInURLQuery bool
}

type ManagerConfigOpt func(config *ManagerConfig)

func CfgEnableSidInURLQuery(enable bool) ManagerConfigOpt { return nil }

func NewManagerConfig(opts ...ManagerConfigOpt) *ManagerConfig {
	return &ManagerConfig{}
}

type Manager struct{}

func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) { return &Manager{}, nil }

func (manager *Manager) SessionStart(w http.ResponseWriter, r *http.Request) (session Store, err error) {
	return nil, nil
}

func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (Store, error) {
	return nil, nil
}
