// Package bcrypt is a stub of golang.org/x/crypto/bcrypt v0.54.0.
package bcrypt

import "errors"

const DefaultCost int = 10

var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return password, nil }

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }
