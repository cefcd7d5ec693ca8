// Package manager keeps sessions in its own map, keyed by the session
// cookie's value; a middleware puts the request's session into the
// request's context and handlers take it out with GetSession. Everything
// is in one package.
package manager

import (
	"context"
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type Session struct {
	id   string
	data map[string]any
}

func (s *Session) Put(key string, value any) { s.data[key] = value }

type sessionContextKey struct{}

type Manager struct {
	sessions map[string]*Session
	hash     []byte
}

func (m *Manager) read(id string) *Session { return m.sessions[id] }

// cookieOf is the application's own cookie reader over net/http's.
func cookieOf(r *http.Request, name string) (*http.Cookie, error) { return r.Cookie(name) }

// Middleware loads the session of the request's cookie, or a new anonymous
// one, and carries it in the request's context.
func (m *Manager) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var s *Session
		if c, err := cookieOf(r, "session"); err == nil {
			s = m.read(c.Value)
		}
		if s == nil {
			s = &Session{id: rand.Text(), data: map[string]any{}}
			m.sessions[s.id] = s
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionContextKey{}, s)))
	})
}

// GetSession returns the session the middleware put into the context.
func (m *Manager) GetSession(r *http.Request) *Session {
	s, _ := r.Context().Value(sessionContextKey{}).(*Session)
	return s
}

// Migrate moves the session to a fresh ID.
func (m *Manager) Migrate(s *Session) {
	delete(m.sessions, s.id)
	s.id = rand.Text()
	m.sessions[s.id] = s
}

func (m *Manager) CompareCreds(user, pass string) bool {
	return bcrypt.CompareHashAndPassword(m.hash, []byte(pass)) == nil && user == "admin"
}

// Login writes the login into the visitor's session without a new ID.
func (m *Manager) Login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	if !m.CompareCreds(user, r.FormValue("password")) {
		return
	}
	s := m.GetSession(r)
	s.Put("authenticated", true) // want `user identity is stored in the session before its ID is renewed`
	s.Put("username", user)
}

// LoginMigrated is the twin that moves the session to a fresh ID first.
func (m *Manager) LoginMigrated(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	if !m.CompareCreds(user, r.FormValue("password")) {
		return
	}
	s := m.GetSession(r)
	m.Migrate(s)
	s.Put("authenticated", true)
	s.Put("username", user)
}
