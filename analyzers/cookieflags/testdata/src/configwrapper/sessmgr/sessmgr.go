// Package sessmgr is an application's own session manager: it takes
// fiber's session configuration from its caller, adds the storage and
// builds fiber's store. The configuration literal is the caller's, and
// is reported there.
package sessmgr

import "github.com/gofiber/fiber/v2/middleware/session"

// Manager wraps fiber's session store.
type Manager struct {
	store *session.Store
}

// New builds the store from the caller's configuration.
func New(config session.Config, newID func() string) *Manager {
	config.KeyGenerator = newID
	return &Manager{store: session.New(config)}
}
