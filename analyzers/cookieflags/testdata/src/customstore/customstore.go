// Package customstore builds its own gorilla-style stores. A store whose
// default configuration its callers replace (through a setter, or by
// assigning the field on what the constructor returned) is not reported
// for the default; one that only ever has its default is.
package customstore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type kvStore struct {
	Options *sessions.Options
	data    map[string][]byte
}

func newKVStore() *kvStore {
	return &kvStore{
		data:    map[string][]byte{},
		Options: &sessions.Options{Path: "/", MaxAge: 86400},
	}
}

// SetOptions is how the application configures the store (in main).
func (s *kvStore) SetOptions(o sessions.Options) { s.Options = &o }

func (s *kvStore) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, s.Options))
	return nil
}

type fixedStore struct {
	opts *sessions.Options
}

func newFixedStore() *fixedStore {
	return &fixedStore{opts: &sessions.Options{Path: "/", MaxAge: 86400}} // want `session cookie is sent without HttpOnly, Secure and SameSite`
}

func (s *fixedStore) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, s.opts))
	return nil
}

// redisStore's constructor gives it a default its only caller replaces.
type redisStore struct {
	Options *sessions.Options
}

func newRedisStore() *redisStore {
	return &redisStore{Options: &sessions.Options{Path: "/", MaxAge: 86400}}
}

func (s *redisStore) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, s.Options))
	return nil
}

func setupRedis() *redisStore {
	st := newRedisStore()
	st.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true} // want `session cookie is sent without Secure and SameSite`
	return st
}
