// Package dbsession keeps sessions in a database table whose ID the
// database generates (RETURNING id): the record's ID is none of what the
// caller passed, though other fields of the record are.
package dbsession

import (
	"context"
	"database/sql"
)

type Session struct {
	ID     string
	UserID *string
}

type DB struct{ db *sql.DB }

// NewSessionForUser inserts a session row for userID; the ID comes back
// from the database.
func (d *DB) NewSessionForUser(ctx context.Context, userID string) (*Session, error) {
	s := Session{UserID: &userID}
	err := d.db.QueryRowContext(ctx, "INSERT INTO sessions (user_id) VALUES ($1) RETURNING id", userID).Scan(&s.ID)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// UserByName finds a user's ID by name.
func (d *DB) UserByName(ctx context.Context, name string) (string, error) {
	var id string
	err := d.db.QueryRowContext(ctx, "SELECT id FROM users WHERE name = $1", name).Scan(&id)
	return id, err
}

// GetSession loads the row under id.
func (d *DB) GetSession(ctx context.Context, id string) (*Session, error) {
	s := Session{ID: id}
	if err := d.db.QueryRowContext(ctx, "SELECT user_id FROM sessions WHERE id = $1", id).Scan(&s.UserID); err != nil {
		return nil, err
	}
	return &s, nil
}
