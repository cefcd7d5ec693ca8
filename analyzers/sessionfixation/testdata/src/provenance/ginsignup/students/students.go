// Package students registers students: the record is built from what the
// sign-up form sent and inserted.
package students

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID       int
	Username string
	Digest   string
}

var (
	db *gorm.DB
	// ErrReactivated is returned when the account existed and was
	// reactivated: the sign-up goes on.
	ErrReactivated = errors.New("reactivated")
	ErrTaken       = errors.New("taken")
)

func taken(username string) bool {
	var n int64
	db.Model(&User{}).Where("username = ?", username).Count(&n)
	return n > 0
}

// Register inserts a student made from the form's fields.
func Register(username, password string) (*User, error) {
	if taken(username) {
		return nil, ErrTaken
	}
	h := sha256.New()
	h.Write([]byte(password))
	u := &User{Username: username, Digest: hex.EncodeToString(h.Sum(nil))}
	res := db.Create(&u)
	return u, res.Error
}
