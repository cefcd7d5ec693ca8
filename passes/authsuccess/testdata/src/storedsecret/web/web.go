// Package web signs API clients in with a secret compared to the one
// stored in the record the client's ID found.
package web

import (
	"crypto/md5"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"

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

// rememberMe: the cookie carries an ID and a digest of the client's
// address and the stored password; the member read by that ID gives the
// server's copy of the digest, a check even though the address is the
// client's too.
func rememberMe(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("auth")
	if err != nil {
		return
	}
	parts := strings.Split(ck.Value, "|")
	if len(parts) != 2 {
		return
	}
	id, _ := strconv.ParseInt(parts[0], 10, 64)
	token := parts[1]
	var m db.Member
	m.ID = id
	if m.Read() == nil && token == digest([]byte(r.Header.Get("X-Real-IP")+"|"+m.Password)) { // want `auth success: compare: credential comparison token == digest`
		use(m.Name)
	}
}

func digest(b []byte) string {
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:])
}
