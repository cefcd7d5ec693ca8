// Package session is a stub of github.com/astaxie/beego/session v1.12.3.
package session

import "net/http"

type Store interface {
	Set(key, value interface{}) error
	Get(key interface{}) interface{}
	Delete(key interface{}) error
	SessionID() string
	SessionRelease(w http.ResponseWriter)
	Flush() error
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

type Manager struct{}

func NewManager(provideName string, cf *ManagerConfig) (*Manager, error) { return &Manager{}, nil }

func (manager *Manager) SessionStart(w http.ResponseWriter, r *http.Request) (session Store, err error) {
	return nil, nil
}

func (manager *Manager) SessionDestroy(w http.ResponseWriter, r *http.Request) {}

func (manager *Manager) SessionRegenerateID(w http.ResponseWriter, r *http.Request) (session Store) {
	return nil
}

func (manager *Manager) GetSessionStore(sid string) (sessions Store, err error) { return nil, nil }
