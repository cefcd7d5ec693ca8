// Package store is an application's own session store: records in a map
// keyed by the session cookie's value.
package store

import (
	"crypto/rand"
	"net/http"
	"sync"
)

type Session struct {
	ID     string
	UserID int
	Values map[string]any
	Role   string
}

type Store struct {
	mu sync.Mutex
	m  map[string]*Session
}

func New() *Store { return &Store{m: map[string]*Session{}} }

// Get returns the request's session: the record under the session
// cookie's value, or a new one.
func (s *Store) Get(w http.ResponseWriter, r *http.Request) *Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, err := r.Cookie("sid"); err == nil {
		if sess, ok := s.m[c.Value]; ok {
			return sess
		}
	}
	sess := &Session{ID: rand.Text(), Values: map[string]any{}}
	s.m[sess.ID] = sess
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sess.ID, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	return sess
}

// Renew moves the session to a fresh ID and forgets the old one.
func (s *Store) Renew(w http.ResponseWriter, sess *Session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, sess.ID)
	sess.ID = rand.Text()
	s.m[sess.ID] = sess
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sess.ID, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// Bind stores the user under the session ID given.
func (s *Store) Bind(sid string, userID int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[sid] = &Session{ID: sid, UserID: userID}
}

// SessionID is the request's session ID.
func SessionID(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// UpdateSessionRoleForUser gives every session of a user a new role.
func (s *Store) UpdateSessionRoleForUser(userID int, role string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sess := range s.m {
		if sess.UserID == userID {
			sess.Role = role
		}
	}
}
