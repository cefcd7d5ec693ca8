// Package session is a stub of github.com/beego/beego/v2/server/web/session v2.3.10.
package session

import "net/http"

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
