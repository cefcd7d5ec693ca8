// Package web signs API clients in with a secret compared to the one
// stored in the record the client's ID found.
package web

import (
	"errors"
	"net/http"

	"storedsecret/db"
)

func use(v any) {}

func clientLogin(w http.ResponseWriter, r *http.Request) {
	c, err := db.ClientByID(r.URL.Query().Get("client_id"))
	if err != nil || c == nil {
		return
	}
	if c.Secret != r.URL.Query().Get("client_secret") { // want `auth success: compare: credential comparison c.Secret != r.URL.Query\(\).Get\("client_secret"\) is false principal=\*storedsecret/db.Client`
		return
	}
	use(c.Owner)
}

// userByAccessKey returns the key's user, "" when the request has no key.
func userByAccessKey(r *http.Request) (string, error) { // want `summary: authenticates\(result 0 not zero, compare\)`
	access, secret := r.FormValue("accessKey"), r.FormValue("accessSecret")
	if access == "" || secret == "" {
		return "", nil
	}
	k, err := db.KeyByAccessKey(access)
	if err != nil || k == nil {
		return "", errors.New("no such key")
	}
	if k.AccessSecret != secret { // want `auth success: compare: credential comparison k.AccessSecret != secret is false principal=\*storedsecret/db.Key`
		return "", errors.New("wrong secret")
	}
	return k.User, nil
}

func keyLogin(w http.ResponseWriter, r *http.Request) { // want `auth success: name: handler web.keyLogin .* on this path`
	user, err := userByAccessKey(r) // want `auth success: helper: web.userByAccessKey returned a result \(it authenticates: credential comparison k.AccessSecret != secret is false\) via=compare principal=string`
	if err != nil || user == "" {
		return
	}
	use(user)
}

// echoed compares what the client sent with the copy it sent in a record
// built here from the request: integrity, not identity.
func echoed(w http.ResponseWriter, r *http.Request) {
	c := db.Client{ID: r.FormValue("id"), Secret: r.FormValue("secret")}
	if c.Secret != r.FormValue("secret_again") {
		return
	}
	use(c.ID)
}
