// Package innerhandler's routes are closures that call the function doing
// the work with the request and the dependencies: that function finds or
// makes the user itself and is judged where it writes. Its profile update
// starts from the user the request already authenticates as.
package innerhandler

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gorilla/sessions"
)

type User struct {
	UID   string
	Email string
}

type Posted struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type DB interface {
	CreateUser(p Posted) (*User, error)
	UpdateEmail(uid, email string) (*User, error)
}

// KeepUser writes the user into the request's session.
func KeepUser(w http.ResponseWriter, r *http.Request, store *sessions.FilesystemStore, u *User) error {
	sess, err := store.Get(r, "user")
	if err != nil {
		return err
	}
	sess.Values["uid"] = u.UID
	sess.Values["email"] = u.Email
	return sess.Save(r, w)
}

// AuthenticateUser returns the user the request's session holds.
func AuthenticateUser(r *http.Request, store *sessions.FilesystemStore) (*User, error) {
	sess, err := store.Get(r, "user")
	if err != nil {
		return nil, err
	}
	uid, ok := sess.Values["uid"].(string)
	if !ok {
		return nil, errors.New("not signed in")
	}
	email, _ := sess.Values["email"].(string)
	return &User{UID: uid, Email: email}, nil
}

func CreateUserHandler(db DB, store *sessions.FilesystemStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		createUser(w, r, db, store)
	}
}

func createUser(w http.ResponseWriter, r *http.Request, db DB, store *sessions.FilesystemStore) {
	var p Posted
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u, err := db.CreateUser(p)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = KeepUser(w, r, store, u) // want `KeepUser stores user identity in the session before its ID is renewed`
}

func UpdateEmailHandler(db DB, store *sessions.FilesystemStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		updateEmail(w, r, db, store)
	}
}

func updateEmail(w http.ResponseWriter, r *http.Request, db DB, store *sessions.FilesystemStore) {
	current, err := AuthenticateUser(r, store)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	var p Posted
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u, err := db.UpdateEmail(current.UID, p.Email)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = KeepUser(w, r, store, u)
}

// Mailbox is a mail account a signed-in user adds.
type Mailbox struct {
	OwnerID string
	Email   string
}

type Mailboxes interface {
	Upsert(m Mailbox) (Mailbox, error)
}

type Accounts struct {
	Boxes Mailboxes
	Store *sessions.FilesystemStore
}

func (a *Accounts) currentUserID(r *http.Request) string {
	sess, _ := a.Store.Get(r, "user")
	uid, _ := sess.Values["uid"].(string)
	return uid
}

// AddMailbox delegates to a method: the handler is this one.
func (a *Accounts) AddMailbox(w http.ResponseWriter, r *http.Request) {
	a.addMailbox(w, r)
}

// addMailbox keeps the mailbox's owner, the user already signed in, made
// into the record from the posted address: no login.
func (a *Accounts) addMailbox(w http.ResponseWriter, r *http.Request) {
	owner := a.currentUserID(r)
	var p Posted
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	box, err := a.Boxes.Upsert(Mailbox{OwnerID: owner, Email: p.Email})
	if err != nil {
		return
	}
	sess, _ := a.Store.Get(r, "user")
	sess.Values["uid"] = box.OwnerID
	sess.Values["mailbox"] = box.Email
	_ = sess.Save(r, w)
}

// AddMailboxInline is addMailbox as a handler of its own.
func (a *Accounts) AddMailboxInline(w http.ResponseWriter, r *http.Request) {
	owner := a.currentUserID(r)
	var p Posted
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	box, err := a.Boxes.Upsert(Mailbox{OwnerID: owner, Email: p.Email})
	if err != nil {
		return
	}
	sess, _ := a.Store.Get(r, "user")
	sess.Values["uid"] = box.OwnerID
	_ = sess.Save(r, w)
}
