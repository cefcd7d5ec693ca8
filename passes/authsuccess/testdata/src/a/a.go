// Package a shows the inline credential checks that are success points.
// The success point is the first block of the success side; the diagnostic
// (from the test's reporter) is at the check.
package a

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"net/http"

	"github.com/alexedwards/argon2id"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

type User struct {
	ID           int
	Email        string
	PasswordHash []byte
	Password     string
	Salt         []byte
	Key          []byte
	EncodedHash  string
}

func lookup(email string) *User { return &User{} }

func login(u *User) {}

// bcrypt: the error tested through a variable.
func bcryptVar(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, password\)`
	u := lookup(r.FormValue("email"))
	err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) // want `auth success: password: bcrypt.CompareHashAndPassword returned a nil error principal=\*User`
	if err != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	login(u)
}

// bcrypt: the call inline in the condition, and the success side as the
// then-branch.
func bcryptInline(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) == nil { // want `auth success: password: bcrypt.CompareHashAndPassword returned a nil error`
		login(u)
	}
}

// bcrypt in an if statement's init; then errors.Is on the sentinel and a
// final err != nil: each test's success side is a point.
func bcryptErrorsIs(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, password\)`
	u := lookup(r.FormValue("email"))
	err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) // want `auth success: password` `auth success: password`
	if errors.Is(err, bcrypt.ErrMismatchedHashAndPassword) {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	login(u)
}

// The success side is joined by the failure side when the failure branch
// does not leave: no point.
func bcryptNoReturn(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized) // no return
	}
	login(u)
}

// argon2 with a constant-time comparison of the derived key.
func argon2Compare(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, password\)`
	u := lookup(r.FormValue("email"))
	derived := argon2.IDKey([]byte(r.FormValue("password")), u.Salt, 1, 64*1024, 4, 32)
	if subtle.ConstantTimeCompare(derived, u.Key) != 1 { // want `auth success: password: subtle.ConstantTimeCompare of the argon2.IDKey-derived key returned 1`
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	login(u)
}

// scrypt's derived key compared with hmac.Equal.
func scryptCompare(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	dk, err := scrypt.Key([]byte(r.FormValue("password")), u.Salt, 32768, 8, 1, 32)
	if err != nil {
		return
	}
	if !hmac.Equal(dk, u.Key) { // want `auth success: password: hmac.Equal of the scrypt.Key-derived key returned true`
		return
	}
	login(u)
}

// pbkdf2 compared with subtle.ConstantTimeCompare(...) == 1 as the
// then-branch.
func pbkdf2Compare(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	dk := pbkdf2.Key([]byte(r.FormValue("password")), u.Salt, 600000, 32, sha256.New)
	if subtle.ConstantTimeCompare(dk, u.Key) == 1 { // want `auth success: password: subtle.ConstantTimeCompare of the pbkdf2.Key-derived key`
		login(u)
	}
}

// alexedwards/argon2id returns (match bool, err error): the bool says
// success.
func argon2idWrapper(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	match, err := argon2id.ComparePasswordAndHash(r.FormValue("password"), u.EncodedHash) // want `auth success: password: argon2id.ComparePasswordAndHash returned true`
	if err != nil {
		return
	}
	if !match {
		return
	}
	login(u)
}

// A plain-text password comparison (bad practice, but authentication).
func plainPassword(w http.ResponseWriter, r *http.Request) {
	u := lookup(r.FormValue("email"))
	if r.FormValue("password") != u.Password { // want `auth success: password: credential comparison r.FormValue\("password"\) != u.Password is false`
		return
	}
	login(u)
}

// A bearer token compared with a stored one.
func tokenEqual(w http.ResponseWriter, r *http.Request, stored string) {
	token := r.Header.Get("Authorization")
	if token == stored { // want `auth success: compare: credential comparison token == stored is true`
		login(nil)
	}
}

// subtle.ConstantTimeCompare(...) != 0 is equality too.
func apiToken(w http.ResponseWriter, r *http.Request, token []byte) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Token")), token) != 0 { // want `auth success: compare: subtle.ConstantTimeCompare returned 1`
		login(nil)
	}
}

// A numeric PIN.
func pin(w http.ResponseWriter, r *http.Request, pin, storedPIN int) {
	if pin != storedPIN { // want `auth success: compare: credential comparison pin != storedPIN is false`
		return
	}
	login(nil)
}

// hmac.Equal on a signature.
func signature(w http.ResponseWriter, r *http.Request, secret []byte) {
	mac := hmac.New(sha256.New, secret)
	if hmac.Equal(mac.Sum(nil), []byte(r.Header.Get("X-Signature"))) { // want `auth success: compare: hmac.Equal returned true`
		login(nil)
	}
}

// A condition computed into a variable from two tests.
func combined(w http.ResponseWriter, r *http.Request, u *User) {
	ok := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) == nil && u.ID != 0 // want `auth success: password` `auth success: password`
	if !ok {
		return
	}
	login(u)
}
