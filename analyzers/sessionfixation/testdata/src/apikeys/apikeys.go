// Package apikeys signs API clients in from the query: a client ID and
// secret, or an access key and secret, checked against the records the
// IDs find. The helpers return the signed-in user's name, "" when the
// request carries no such credentials, so the caller tests the name.
package apikeys

import (
	"errors"
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("hash-key"))

type client struct{ ID, Secret, Owner string }

type accessKey struct{ Key, Secret, User string }

// The records are found by the IDs the request names.
func findClient(id string) (*client, error) { return &client{ID: id}, nil }

func findKey(key string) (*accessKey, error) { return &accessKey{Key: key}, nil }

func userByClientSecret(r *http.Request) (string, error) {
	id, secret, ok := r.BasicAuth()
	if !ok || id == "" {
		return "", nil
	}
	c, err := findClient(id)
	if err != nil {
		return "", err
	}
	if c.Secret != secret {
		return "", errors.New("wrong client secret")
	}
	return "client/" + c.Owner, nil
}

func userByAccessKey(r *http.Request) (string, error) {
	key, secret := r.URL.Query().Get("accessKey"), r.URL.Query().Get("accessSecret")
	if key == "" || secret == "" {
		return "", nil
	}
	k, err := findKey(key)
	if err != nil {
		return "", err
	}
	if k.Secret != secret {
		return "", errors.New("wrong access secret")
	}
	return k.User, nil
}

// keepUser writes the user into the request's session.
func keepUser(w http.ResponseWriter, r *http.Request, user string) {
	s, _ := store.Get(r, "sid")
	s.Values["username"] = user
	_ = s.Save(r, w)
}

// keepUserRenewed expires the old session and saves the user under a new ID.
func keepUserRenewed(w http.ResponseWriter, r *http.Request, user string) {
	s, _ := store.Get(r, "sid")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
	s.Options.MaxAge = 86400
	s.ID = ""
	s.Values["username"] = user
	_ = s.Save(r, w)
}

// AutoSignIn accepts either kind of credentials on any request.
func AutoSignIn(w http.ResponseWriter, r *http.Request) {
	user, err := userByClientSecret(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if user != "" {
		keepUser(w, r, user) // want `keepUser stores user identity in the session before its ID is renewed`
		return
	}
	user, err = userByAccessKey(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if user != "" {
		keepUser(w, r, user) // want `keepUser stores user identity in the session before its ID is renewed`
	}
}

// AutoSignInRenewed is the same with a new session ID at sign-in.
func AutoSignInRenewed(w http.ResponseWriter, r *http.Request) {
	if user, err := userByClientSecret(r); err == nil && user != "" {
		keepUserRenewed(w, r, user)
		return
	}
	if user, err := userByAccessKey(r); err == nil && user != "" {
		keepUserRenewed(w, r, user)
	}
}
