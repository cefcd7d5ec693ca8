// Package gsm is a stub of github.com/bradleypeabody/gorilla-sessions-memcache
// (v0.0.0-20240916143655-c0e34fd2f304).
package gsm

import (
	"net/http"

	"github.com/bradfitz/gomemcache/memcache"
	"github.com/gorilla/sessions"
)

type MemcacheStore struct {
	Options *sessions.Options
}

func NewMemcacheStore(client *memcache.Client, keyPrefix string, keyPairs ...[]byte) *MemcacheStore {
	return &MemcacheStore{Options: &sessions.Options{Path: "/", MaxAge: 86400 * 30}}
}

func (s *MemcacheStore) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *MemcacheStore) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }

func (s *MemcacheStore) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}
