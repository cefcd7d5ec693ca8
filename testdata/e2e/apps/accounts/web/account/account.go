// Package account finds users: a repository interface with an in-memory
// implementation, a hasher interface with bcrypt behind it, and a service
// that combines them.
package account

import (
	"context"
	"errors"
	"sync"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID    int
	Email string
	Hash  []byte
}

type Repo interface {
	ByEmail(ctx context.Context, email string) (*User, error)
	ByID(ctx context.Context, id int) (*User, error)
	FindOrCreate(ctx context.Context, email string) (*User, error)
}

type Hasher interface {
	Compare(hash []byte, password string) bool
}

type Bcrypt struct{}

func (Bcrypt) Compare(hash []byte, password string) bool {
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
}

type Service struct {
	Repo   Repo
	Hasher Hasher
}

var ErrBadCredentials = errors.New("bad credentials")

// Authenticate returns the user of an e-mail and password.
func (s *Service) Authenticate(ctx context.Context, email, password string) (*User, error) {
	u, err := s.Repo.ByEmail(ctx, email)
	if err != nil {
		return nil, err
	}
	if !s.Hasher.Compare(u.Hash, password) {
		return nil, ErrBadCredentials
	}
	return u, nil
}

type memory struct {
	mu    sync.Mutex
	users map[string]*User
}

func NewMemory() Repo { return &memory{users: map[string]*User{}} }

func (m *memory) ByEmail(_ context.Context, email string) (*User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if u, ok := m.users[email]; ok {
		return u, nil
	}
	return nil, errors.New("no such user")
}

func (m *memory) ByID(_ context.Context, id int) (*User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, u := range m.users {
		if u.ID == id {
			return u, nil
		}
	}
	return nil, errors.New("no such user")
}

func (m *memory) FindOrCreate(_ context.Context, email string) (*User, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if u, ok := m.users[email]; ok {
		return u, nil
	}
	u := &User{ID: len(m.users) + 1, Email: email}
	m.users[email] = u
	return u, nil
}
