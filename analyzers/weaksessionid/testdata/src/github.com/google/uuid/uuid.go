// Package uuid is a stub of github.com/google/uuid with the same signatures.
package uuid

import "encoding/hex"

// UUID is a 128-bit UUID.
type UUID [16]byte

// New returns a random (version 4) UUID.
func New() UUID { return UUID{} }

// NewString returns New().String().
func NewString() string { return "" }

// NewRandom returns a random (version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }

// NewUUID returns a version 1 UUID (time and node).
func NewUUID() (UUID, error) { return UUID{}, nil }

// String renders the UUID.
func (u UUID) String() string { return hex.EncodeToString(u[:]) }
