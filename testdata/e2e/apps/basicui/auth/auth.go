// Package auth checks HTTP Basic credentials against a password file, under
// a lock (a deferred unlock: the results go back through locals).
package auth

import (
	"sync"

	"golang.org/x/crypto/bcrypt"
)

// Passwords holds bcrypt hashes by user name.
type Passwords struct {
	mu     sync.Mutex
	hashes map[string][]byte
}

// Authenticate reports whether the password is the user's, and whether
// the user exists.
func (p *Passwords) Authenticate(username, password string) (ok, present bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	hash, present := p.hashes[username]
	if !present {
		return false, false
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil {
		return false, present
	}
	return true, present
}
