// Package keys holds the access keys. A key is found by the ID the request
// names, so the record carries that ID; its secret is the stored one.
package keys

import (
	"errors"
	"net/http"
	"sync"
)

type Key struct {
	ID, Secret, User string
}

var (
	mu  sync.Mutex
	all = map[string]Key{}
)

// Find returns the key with that ID, nil when there is none.
func Find(id string) *Key {
	mu.Lock()
	defer mu.Unlock()
	k, ok := all[id]
	if !ok {
		return nil
	}
	k.ID = id
	return &k
}

// UserOf returns the user of the access key and secret in the query, ""
// when the query has none.
func UserOf(r *http.Request) (string, error) {
	id, secret := r.URL.Query().Get("accessKey"), r.URL.Query().Get("accessSecret")
	if id == "" || secret == "" {
		return "", nil
	}
	k := Find(id)
	if k == nil {
		return "", errors.New("no such access key")
	}
	if k.Secret != secret {
		return "", errors.New("wrong access secret")
	}
	return k.User, nil
}
