// Package gorm is a stub of gorm.io/gorm: the database handle and the
// chain of calls that query and insert.
package gorm

type DB struct{ Error error }

func (db *DB) Model(value interface{}) *DB                      { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB { return db }
func (db *DB) Count(count *int64) *DB                           { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Create(value interface{}) *DB                     { return db }
func (db *DB) Save(value interface{}) *DB                       { return db }
