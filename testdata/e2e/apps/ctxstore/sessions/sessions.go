// Package sessions is ctxstore's session table: rows looked up by the
// token the browser holds, and the request's row carried in a context
// under a key of an empty struct type.
package sessions

import (
	"context"
	"database/sql"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Row is a session row; Account is empty until someone signs in.
type Row struct {
	Token   string
	Account sql.NullString
	Expires time.Time
}

type rowKey struct{}

// Carry returns ctx with the request's row.
func Carry(ctx context.Context, row *Row) context.Context {
	return context.WithValue(ctx, rowKey{}, row)
}

// Current returns the row Carry put into ctx, nil without one.
func Current(ctx context.Context) *Row {
	row, _ := ctx.Value(rowKey{}).(*Row)
	return row
}

// Store is the database behind the sessions and the accounts.
type Store struct{ db *sql.DB }

func Open(db *sql.DB) *Store { return &Store{db: db} }

// LoadSession reads the row of token.
func (s *Store) LoadSession(ctx context.Context, token string) (*Row, error) {
	row := &Row{Token: token}
	err := s.db.QueryRowContext(ctx, "SELECT account, expires FROM sessions WHERE token = $1", token).Scan(&row.Account, &row.Expires)
	if err != nil {
		return nil, err
	}
	return row, nil
}

// StartSession inserts a row for account under a token the database
// generates.
func (s *Store) StartSession(ctx context.Context, account string) (*Row, error) {
	row := &Row{}
	err := s.db.QueryRowContext(ctx, "INSERT INTO sessions (account) VALUES ($1) RETURNING token, expires", account).Scan(&row.Token, &row.Expires)
	return row, err
}

// AttachAccount binds row to account.
func (row *Row) AttachAccount(ctx context.Context, s *Store, account string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE sessions SET account = $1 WHERE token = $2", account, row.Token)
	return err
}

// Register makes an account and returns its name.
func (s *Store) Register(ctx context.Context, email, password string) (string, error) {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	_, err = s.db.ExecContext(ctx, "INSERT INTO accounts (email, hash) VALUES ($1, $2)", email, hash)
	return email, err
}
