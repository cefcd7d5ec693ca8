// Package uuid is a stub of github.com/google/uuid with the same signatures.
package uuid

import (
	"crypto/rand"
	"encoding/hex"
	"io"
)

// UUID is a 128-bit UUID.
type UUID [16]byte

// New returns a random (version 4) UUID.
func New() UUID {
	u, _ := NewRandom()
	return u
}

// NewString returns New().String().
func NewString() string { return New().String() }

// NewRandom returns a random (version 4) UUID.
func NewRandom() (UUID, error) {
	var u UUID
	_, err := io.ReadFull(rand.Reader, u[:])
	return u, err
}

// NewUUID returns a version 1 UUID (time and node).
func NewUUID() (UUID, error) { return UUID{}, nil }

// String renders the UUID.
func (u UUID) String() string { return hex.EncodeToString(u[:]) }
