// Package redistore is a stub of github.com/boj/redistore v1.4.1.
package redistore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type RediStore struct {
	Options *sessions.Options
}

func NewRediStore(size int, network, address, username, password string, keyPairs ...[]byte) (*RediStore, error) {
	return &RediStore{Options: &sessions.Options{}}, nil
}

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

func (s *RediStore) SetMaxAge(v int) {}
