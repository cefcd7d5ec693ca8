// Package challenge is a second-factor service in its own package: it
// builds a challenge record for a subject that carries the session ID,
// and gives the record an ID of its own.
package challenge

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
)

// Subject binds a challenge to a login attempt.
type Subject struct {
	UserID    int
	SessionID string
}

// Challenge is a pending second factor.
type Challenge struct {
	ID      string
	Subject string
	// Owner keeps the subject's session ID as it was given.
	Owner string
}

func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// Create makes a challenge for sub: a random ID, and a digest of the subject.
func Create(sub Subject) *Challenge {
	return &Challenge{
		ID:      newID(),
		Subject: fmt.Sprintf("%d/%s", sub.UserID, sub.SessionID),
		Owner:   sub.SessionID,
	}
}
