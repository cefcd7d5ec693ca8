// Package session is a stub of github.com/beego/beego/v2/server/web/session v2.3.10.
package session

type ManagerConfig struct {
	CookieName          string
	EnableSetCookie     bool
	EnableSidInURLQuery bool
}

type ManagerConfigOpt func(config *ManagerConfig)

type Manager struct{}

func CfgEnableSidInURLQuery(enable bool) ManagerConfigOpt { return nil }
func NewManagerConfig(opts ...ManagerConfigOpt) *ManagerConfig {
	return &ManagerConfig{}
}
func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) { return &Manager{}, nil }
