// Package gormstore is a stub of github.com/wader/gormstore/v2 v2.0.3.
package gormstore

import (
	"net/http"
	"time"

	"github.com/gorilla/sessions"
	"gorm.io/gorm"
)

// Store keeps sessions in a database table; the cookie holds the ID.
type Store struct {
	SessionOpts *sessions.Options
}

type Options struct {
	TableName       string
	SkipCreateTable bool
}

// New makes a store with SessionOpts {Path: "/", MaxAge: 30 days}.
func New(db *gorm.DB, keyPairs ...[]byte) *Store { return &Store{} }

func NewOptions(db *gorm.DB, opts Options, keyPairs ...[]byte) *Store { return &Store{} }

func (st *Store) Get(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (st *Store) New(r *http.Request, name string) (*sessions.Session, error) { return nil, nil }
func (st *Store) Save(r *http.Request, w http.ResponseWriter, session *sessions.Session) error {
	return nil
}

// PeriodicCleanup deletes expired sessions every interval until quit is
// closed.
func (st *Store) PeriodicCleanup(interval time.Duration, quit <-chan struct{}) {}
