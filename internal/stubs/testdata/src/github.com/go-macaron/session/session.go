// Package session is a stub of github.com/go-macaron/session v1.0.4.
package session

import "gopkg.in/macaron.v1"

type RawStore interface {
	Set(interface{}, interface{}) error
	Get(interface{}) interface{}
	Delete(interface{}) error
	ID() string
	Release() error
	Flush() error
}

type Store interface {
	RawStore
	Read(string) (RawStore, error)
	Destory(*macaron.Context) error
	RegenerateId(*macaron.Context) (RawStore, error)
	Count() int
	GC()
}

type Options struct {
	Provider                  string
	ProviderConfig            string
	CookieName                string
	CookiePath                string
	Gclifetime                int64
	Maxlifetime               int64
	Secure                    bool
	CookieLifeTime            int
	CookieSameSite            bool
	Domain                    string
	IDLength                  int
	Section                   string
	IgnoreReleaseForWebSocket bool
}

func Sessioner(options ...Options) macaron.Handler { return nil }

type Manager struct{}

func NewManager(name string, opt Options) (*Manager, error) { return &Manager{}, nil }

func (m *Manager) Start(ctx *macaron.Context) (RawStore, error)        { return nil, nil }
func (m *Manager) Read(sid string) (RawStore, error)                   { return nil, nil }
func (m *Manager) Destory(ctx *macaron.Context) error                  { return nil }
func (m *Manager) RegenerateId(ctx *macaron.Context) (RawStore, error) { return nil, nil }
func (m *Manager) SetSecure(secure bool)                               {}
