// Package helpers has project functions that authenticate: each gets an
// Authenticates fact (shown by the reporter as "summary: ...") that its
// callers, in this package and in others, use exactly like an inline check.
package helpers

import (
	"crypto/subtle"
	"errors"
	"log"
	"net/http"

	"github.com/alexedwards/argon2id"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID   int
	Hash []byte
	Enc  string
}

var ErrBadCredentials = errors.New("bad credentials")

// The error result is nil exactly when the password matches.
func CheckPassword(u *User, pw string) error { // want `summary: authenticates\(result 0 error nil, password\)`
	return bcrypt.CompareHashAndPassword(u.Hash, []byte(pw))
}

type Service struct{ users map[string]*User }

func (s *Service) find(email string) (*User, error) {
	if u, ok := s.users[email]; ok {
		return u, nil
	}
	return nil, errors.New("no such user")
}

// Login returns (user, nil) only after the password matched.
func (s *Service) Login(email, pw string) (*User, error) { // want `summary: authenticates\(result 1 error nil, password\)`
	u, err := s.find(email)
	if err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)); err != nil { // want `auth success: password`
		return nil, ErrBadCredentials
	}
	return u, nil
}

// Valid returns true only when the password matches.
func Valid(u *User, pw string) bool { // want `summary: authenticates\(result 0 bool true, password\)`
	return bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) == nil
}

// Check returns the argon2id match; its error is no success signal.
func Check(u *User, pw string) (bool, error) { // want `summary: authenticates\(result 0 bool true, password\)`
	return argon2id.ComparePasswordAndHash(pw, u.Enc)
}

// RequireAPIKey answers 401 and returns unless the key matches: callers
// continue only after a successful check (Always).
func RequireAPIKey(w http.ResponseWriter, r *http.Request, key string) { // want `summary: authenticates\(always, elevation\)`
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-API-Key")), []byte(key)) != 1 { // want `auth success: elevation: subtle.ConstantTimeCompare returned 1`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

// Indirect delegates to another helper.
func Indirect(u *User, pw string) error { // want `summary: authenticates\(result 0 error nil, password\)`
	return CheckPassword(u, pw)
}

// Leaky returns nil even when the password is wrong: no fact.
func Leaky(u *User, pw string) error {
	if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)); err != nil { // want `auth success: password`
		log.Print(err)
		return nil
	}
	return nil
}

// LoginNoCheck checks nothing: no fact.
func LoginNoCheck(email string) (*User, error) { return &User{}, nil }

// Lookup returns an error from an unknown call on a path without a check:
// that error may be nil, so no fact.
func Lookup(s *Service, email, pw string, ok bool) error {
	if ok {
		return save()
	}
	return CheckPassword(&User{}, pw)
}

func save() error { return nil }

// Same is generic: its callers in other packages use the fact of the
// generic declaration.
func Same[T ~string | ~[]byte](a, b T) bool { // want `summary: authenticates\(result 0 bool true, compare\)`
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
