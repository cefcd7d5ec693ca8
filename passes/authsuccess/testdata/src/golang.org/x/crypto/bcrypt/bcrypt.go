// Package bcrypt is a stub of golang.org/x/crypto/bcrypt (v0.59.0 signatures).
package bcrypt

import "errors"

const DefaultCost = 10

var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

func GenerateFromPassword(password []byte, cost int) ([]byte, error) { return password, nil }

func CompareHashAndPassword(hashedPassword, password []byte) error { return nil }
