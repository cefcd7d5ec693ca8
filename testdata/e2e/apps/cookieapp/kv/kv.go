// Package kv is the application's own session store, in the shape of
// stores written for gin-contrib's Options(...): a default configuration
// in the constructor that callers replace through SetOptions.
package kv

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gorilla/sessions"
)

// Store keeps session records in memory, keyed by a random ID.
type Store struct {
	Options *sessions.Options
	key     []byte
	records map[string]map[string]string
}

// New returns a store with a default configuration (no flags).
func New(key []byte) *Store {
	return &Store{
		key:     key,
		records: map[string]map[string]string{},
		Options: &sessions.Options{Path: "/", MaxAge: 86400}, // e2e: clean
	}
}

// SetOptions replaces the cookie configuration.
func (s *Store) SetOptions(o sessions.Options) { s.Options = &o }

// Start creates a record and sends its ID.
func (s *Store) Start(w http.ResponseWriter, user string) {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	id := hex.EncodeToString(b)
	s.records[id] = map[string]string{"user": user}
	http.SetCookie(w, sessions.NewCookie("kv", id, s.Options))
}
