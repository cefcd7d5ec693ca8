// Package signup shows sign-up points: a freshly hashed password stored as
// a new user.
package signup

import (
	"log"
	"net/http"

	"github.com/alexedwards/argon2id"
	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Email string
	Hash  []byte
}

type DB struct{}

func (db *DB) Create(u *User) error                        { return nil }
func (db *DB) Exec(query string, args ...any) error        { return nil }
func (db *DB) UpdatePassword(email string, h []byte) error { return nil }

var db = &DB{}

// The point is the success side of the hash's error test.
func register(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, signup\)`
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost) // want `auth success: signup: bcrypt.GenerateFromPassword hashed a password stored by Create principal=\*User`
	if err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	u := &User{Email: r.FormValue("email"), Hash: hash}
	if err := db.Create(u); err != nil {
		return
	}
}

// The hash's error is ignored: the point is right after the call.
func registerSQL(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, signup\)`
	hash, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost) // want `auth success: signup: bcrypt.GenerateFromPassword hashed a password stored by Exec`
	db.Exec("INSERT INTO users(email, hash) VALUES(?, ?)", r.FormValue("email"), string(hash))
}

// The hash's error is tested but its failure branch falls through: the
// point is right after the call.
func registerFallthrough(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, signup\)`
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost) // want `auth success: signup: bcrypt.GenerateFromPassword hashed a password stored by Create`
	if err != nil {
		log.Print(err)
	}
	db.Create(&User{Email: r.FormValue("email"), Hash: hash})
}

// A hand-made user table.
var users = map[string]string{}

func registerMap(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler signup.registerMap .* on this path`
	h, err := argon2id.CreateHash(r.FormValue("password"), argon2id.DefaultParams) // want `auth success: signup: argon2id.CreateHash hashed a password stored by a map update`
	if err != nil {
		return
	}
	users[r.FormValue("email")] = h
}

// A password change updates a user; it creates none.
func changePassword(w http.ResponseWriter, r *http.Request) {
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		return
	}
	db.UpdatePassword(r.FormValue("email"), hash)
}

type Store struct{ db *DB }

// A sign-up helper: its callers get a helper point.
func (s *Store) Register(email, pw string) (*User, error) { // want `summary: authenticates\(result 1 error nil, signup\)`
	hash, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost) // want `auth success: signup`
	if err != nil {
		return nil, err
	}
	u := &User{Email: email, Hash: hash}
	if err := s.db.Create(u); err != nil {
		return nil, err
	}
	return u, nil
}

func useStore(w http.ResponseWriter, r *http.Request, s *Store) {
	u, err := s.Register(r.FormValue("email"), r.FormValue("password")) // want `auth success: helper: Store.Register succeeded .* via=signup principal=\*User`
	if err != nil {
		return
	}
	_ = u
}
