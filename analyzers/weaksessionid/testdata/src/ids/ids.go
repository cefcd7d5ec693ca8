// Package ids mints IDs for other packages.
package ids

import (
	"crypto/rand"
	"math/big"
	mrand "math/rand"
	"strconv"
)

// New is predictable.
func New() string {
	return strconv.FormatInt(mrand.Int63(), 36)
}

// Secure is not.
func Secure() string {
	n, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	return n.Text(36)
}

// Sessions is another package's session manager.
type Sessions struct{}

// SetSession keeps the user in the request's session (whose ID the
// framework mints).
func (Sessions) SetSession(userID, role string) error { return nil }

// SaveSession stores data under the session ID given.
func (Sessions) SaveSession(sid, data string) error { return nil }
