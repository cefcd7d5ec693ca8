// Package gorm is a stub of github.com/gin-contrib/sessions/gorm v1.0.4.
package gorm

import (
	"github.com/gin-contrib/sessions"
	"gorm.io/gorm"
)

type Store interface {
	sessions.Store
}

func NewStore(d *gorm.DB, expiredSessionCleanup bool, keyPairs ...[]byte) Store { return nil }
