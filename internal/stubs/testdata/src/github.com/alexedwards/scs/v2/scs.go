// Package scs is a stub of github.com/alexedwards/scs/v2 v2.9.0.
package scs

import (
	"context"
	"net/http"
	"time"
)

type SessionCookie struct {
	Name        string
	Domain      string
	HttpOnly    bool
	Path        string
	Persist     bool
	SameSite    http.SameSite
	Secure      bool
	Partitioned bool
}

type SessionManager struct {
	IdleTimeout time.Duration
	Lifetime    time.Duration
	Cookie      SessionCookie
}

func New() *SessionManager { return &SessionManager{} }

func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }

func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}
