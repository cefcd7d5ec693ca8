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
