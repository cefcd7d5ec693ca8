// Package sessions keeps session rows in the database and carries the
// request's row in a context.
package sessions

import (
	"context"
	"database/sql"

	"golang.org/x/crypto/bcrypt"
)

// Session is a row of the sessions table.
type Session struct {
	ID     string
	UserID *string
}

type contextKey string

const sessionKey contextKey = "session"

// WithSession returns a context carrying s.
func WithSession(ctx context.Context, s *Session) context.Context {
	return context.WithValue(ctx, sessionKey, s)
}

// FromContext returns the row WithSession put into ctx.
func FromContext(ctx context.Context) (*Session, bool) {
	s, ok := ctx.Value(sessionKey).(*Session)
	return s, ok
}

// DB is the application's database.
type DB struct{ db *sql.DB }

func NewDB(db *sql.DB) *DB { return &DB{db: db} }

// GetSession reads the row of session id.
func (d *DB) GetSession(ctx context.Context, id string) (*Session, error) {
	s := Session{ID: id}
	if err := d.db.QueryRowContext(ctx, "SELECT user_id FROM sessions WHERE id = $1", id).Scan(&s.UserID); err != nil {
		return nil, err
	}
	return &s, nil
}

// NewSession inserts a row whose ID the database generates.
func (d *DB) NewSession(ctx context.Context, userID string) (*Session, error) {
	s := Session{UserID: &userID}
	err := d.db.QueryRowContext(ctx, "INSERT INTO sessions (user_id) VALUES ($1) RETURNING id", userID).Scan(&s.ID)
	return &s, err
}

// UpdateUserID binds the row to a user.
func (s *Session) UpdateUserID(ctx context.Context, d *DB, userID string) error {
	_, err := d.db.ExecContext(ctx, "UPDATE sessions SET user_id = $1 WHERE id = $2", userID, s.ID)
	s.UserID = &userID
	return err
}

// CreateUser makes an account.
func (d *DB) CreateUser(ctx context.Context, name, password string) (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	var id string
	err = d.db.QueryRowContext(ctx, "INSERT INTO users (name, password) VALUES ($1, $2) RETURNING id", name, hash).Scan(&id)
	return id, err
}
