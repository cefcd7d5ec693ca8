// Package redistore is a stub of gopkg.in/boj/redistore.v1
// (v1.0.0-20160128113310-fc113767cd6b), the gopkg.in path of
// github.com/boj/redistore before its username argument.
package redistore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type RediStore struct {
	Options *sessions.Options
}

func NewRediStore(size int, network, address, password string, keyPairs ...[]byte) (*RediStore, error) {
	return &RediStore{Options: &sessions.Options{}}, nil
}

func NewRediStoreWithDB(size int, network, address, password, DB string, keyPairs ...[]byte) (*RediStore, error) {
	return &RediStore{Options: &sessions.Options{}}, nil
}

func (s *RediStore) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *RediStore) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *RediStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

func (s *RediStore) Close() error { return nil }
