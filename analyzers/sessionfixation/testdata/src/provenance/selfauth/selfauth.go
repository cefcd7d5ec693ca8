// Package selfauth signs users in with forms that check themselves: the
// form the request filled names the user, through a method whose summary
// traces the user to the form.
package selfauth

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("0123456789abcdef0123456789abcdef"))

type base struct {
	sess *sessions.Session
}

func (b *base) setCurrentUser(u *User) {
	b.sess.Values["current_user_id"] = u.ID
}

// renew expires the old record and has the store mint a new ID.
func (b *base) renew(w http.ResponseWriter, r *http.Request) {
	b.sess.Options.MaxAge = -1
	_ = b.sess.Save(r, w)
	b.sess.ID = ""
	b.sess.Options.MaxAge = 86400
}

func Enter(w http.ResponseWriter, r *http.Request) {
	var f SignInForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sess, _ := store.Get(r, "app")
	b := &base{sess: sess}
	u, err := f.Authenticate()
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	b.setCurrentUser(u) // want `setCurrentUser stores user identity in the session before its ID is renewed`
	_ = sess.Save(r, w)
}

func Join(w http.ResponseWriter, r *http.Request) {
	var f RegistrationForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sess, _ := store.Get(r, "app")
	b := &base{sess: sess}
	u, err := f.Save()
	if err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	b.setCurrentUser(u) // want `setCurrentUser stores user identity in the session before its ID is renewed`
	_ = sess.Save(r, w)
}

// The renewed twin: the old record expires and the store mints a new ID.
func EnterRenewed(w http.ResponseWriter, r *http.Request) {
	var f SignInForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u, err := f.Authenticate()
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	sess, _ := store.Get(r, "app")
	b := &base{sess: sess}
	b.renew(w, r)
	b.setCurrentUser(u)
	_ = sess.Save(r, w)
}

// A theme form's Save is no account, and it authenticates nothing.
func SaveTheme(w http.ResponseWriter, r *http.Request) {
	var f ThemeForm
	if err := json.NewDecoder(r.Body).Decode(&f); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	sess, _ := store.Get(r, "app")
	u, err := f.Save()
	if err != nil {
		return
	}
	sess.Values["theme"] = u.Email
	_ = sess.Save(r, w)
}

type User struct {
	ID    int64
	Email string
	Hash  string
}

// byEmail and create stand for the ORM's query builder: the record they
// return or fill is the one they are given.
func byEmail(u *User) error {
	if u.Email == "" {
		return errors.New("no email")
	}
	return nil
}

// Verify is the password check the application configures.
var Verify func(hash, password string) bool

func create(u *User) error {
	if u.Email == "" {
		return errors.New("no email")
	}
	return nil
}

type SignInForm struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// Authenticate returns the user the form's credentials name.
func (f *SignInForm) Authenticate() (*User, error) {
	u := &User{Email: f.Email}
	if err := byEmail(u); err != nil || !Verify(u.Hash, f.Password) {
		return nil, errors.New("wrong email or password")
	}
	return u, nil
}

type RegistrationForm struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

// Save creates the account the form describes.
func (f *RegistrationForm) Save() (*User, error) {
	u := &User{Email: strings.ToLower(f.Email), Hash: f.Password}
	if err := create(u); err != nil {
		return nil, err
	}
	return u, nil
}

type ThemeForm struct {
	Name string `json:"name"`
}

// Save stores the theme the form names.
func (f *ThemeForm) Save() (*User, error) {
	return &User{Email: f.Name}, nil
}
