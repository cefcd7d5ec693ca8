// Package handmade keeps sessions in a map keyed by the session cookie.
package handmade

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"users"
)

var sessions = map[string]*users.User{}

type record struct {
	UserID int
	Theme  string
}

var records = map[string]*record{}

type DB struct{}

func (db *DB) SetSessionUser(sid string, userID int) error { return nil }

func (db *DB) SetSessionTheme(sid string, theme string) error { return nil }

var db = &DB{}

func authenticate(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return nil, false
	}
	if bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return nil, false
	}
	return u, true
}

func login(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	sessions[c.Value] = u // want `^user identity is stored in the session before its ID is renewed; mint a new session ID \(crypto/rand\), store the user under it and set the cookie to it instead of writing under the ID from the request's cookie$`
}

func loginRecord(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	rec := records[c.Value]
	rec.UserID = u.ID // want `before its ID is renewed`
	rec.Theme = u.Theme
}

func loginDB(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	_ = db.SetSessionUser("sess:"+c.Value, u.ID) // want `before its ID is renewed`
	_ = db.SetSessionTheme(c.Value, u.Theme)
}

// A fresh ID from crypto/rand: the record is created under it.
func loginFresh(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	if c, err := r.Cookie("sid"); err == nil {
		delete(sessions, c.Value)
	}
	id := rand.Text()
	sessions[id] = u
	_ = db.SetSessionUser(id, u.ID)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, HttpOnly: true, Secure: true, Path: "/"})
}

// The cookie's ID is kept when present: fixation.
func loginReuse(w http.ResponseWriter, r *http.Request) {
	u, ok := authenticate(r)
	if !ok {
		return
	}
	id := rand.Text()
	if c, err := r.Cookie("sid"); err == nil {
		id = c.Value
	}
	sessions[id] = u // want `before its ID is renewed`
}
