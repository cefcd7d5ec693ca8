// Package redis is a stub of github.com/hertz-contrib/sessions/redis v1.0.3.
package redis

import (
	gsessions "github.com/gorilla/sessions"
	"github.com/hertz-contrib/sessions"
)

type Store interface {
	sessions.Store
}

func NewStore(size int, network, addr, passwd string, keyPairs ...[]byte) (Store, error) {
	return nil, nil
}

// RediStore is the store's gorilla-style implementation.
type RediStore struct{}

func GetRedisStore(s Store) (rediStore *RediStore, err error) { return nil, nil }

// LoadSessionBySessionId reads a stored session by its ID, without a
// request.
func LoadSessionBySessionId(s *RediStore, sessionId string) (*gsessions.Session, error) {
	return nil, nil
}

// SaveSessionWithoutContext writes a session back to Redis, without a
// response.
func SaveSessionWithoutContext(s *RediStore, sessionId string, session *gsessions.Session) error {
	return nil
}
