// Package sessions is a stub of github.com/gorilla/sessions v1.4.0.
package sessions

import "net/http"

type Session struct {
	ID     string
	Values map[any]any
	IsNew  bool
}

type Store interface {
	Get(r *http.Request, name string) (*Session, error)
	New(r *http.Request, name string) (*Session, error)
	Save(r *http.Request, w http.ResponseWriter, s *Session) error
}

func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }
