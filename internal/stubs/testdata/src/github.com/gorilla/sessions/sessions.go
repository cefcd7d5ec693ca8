// Package sessions is a stub of github.com/gorilla/sessions v1.4.0.
package sessions

import "net/http"

type Options struct {
	Path        string
	Domain      string
	MaxAge      int
	Secure      bool
	HttpOnly    bool
	Partitioned bool
	SameSite    http.SameSite
}

type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
}

func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }

type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

type CookieStore struct {
	Options *Options
}

func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{} }

func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *CookieStore) New(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *CookieStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}
func (s *CookieStore) MaxAge(age int) {}

type FilesystemStore struct {
	Options *Options
}

func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{}
}

func (s *FilesystemStore) Get(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *FilesystemStore) New(r *http.Request, name string) (*Session, error) { return nil, nil }
func (s *FilesystemStore) Save(r *http.Request, w http.ResponseWriter, session *Session) error {
	return nil
}
