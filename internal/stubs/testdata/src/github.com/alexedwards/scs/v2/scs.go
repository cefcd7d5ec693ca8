// Package scs is a stub of github.com/alexedwards/scs/v2 v2.9.0 (the
// exported API sessionlint uses, with the real signatures).
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

func (s *SessionManager) Get(ctx context.Context, key string) interface{} { return nil }

func (s *SessionManager) GetString(ctx context.Context, key string) string { return "" }

func (s *SessionManager) GetInt(ctx context.Context, key string) int { return 0 }

func (s *SessionManager) Pop(ctx context.Context, key string) interface{} { return nil }

func (s *SessionManager) PopString(ctx context.Context, key string) string { return "" }

func (s *SessionManager) Remove(ctx context.Context, key string) {}

func (s *SessionManager) Clear(ctx context.Context) error { return nil }

func (s *SessionManager) Exists(ctx context.Context, key string) bool { return false }

func (s *SessionManager) Destroy(ctx context.Context) error { return nil }

func (s *SessionManager) RenewToken(ctx context.Context) error { return nil }

func (s *SessionManager) MergeSession(ctx context.Context, token string) error { return nil }

func (s *SessionManager) Commit(ctx context.Context) (string, time.Time, error) {
	return "", time.Time{}, nil
}

func (s *SessionManager) Token(ctx context.Context) string { return "" }
