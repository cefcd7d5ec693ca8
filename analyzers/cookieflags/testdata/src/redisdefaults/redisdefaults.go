// Package redisdefaults keeps redistore's defaults (Path and MaxAge only),
// built by a constructor other than NewRediStore and imported through its
// gopkg.in path.
package redisdefaults

import (
	"net/http"

	"gopkg.in/boj/redistore.v1"
)

var store *redistore.RediStore

func setup() error {
	var err error
	store, err = redistore.NewRediStoreWithDB(10, "tcp", ":6379", "", "1", []byte("secret")) // want `session cookie of redistore.NewRediStoreWithDB is sent without HttpOnly, Secure and SameSite`
	return err
}

var hardened, _ = redistore.NewRediStoreWithDB(10, "tcp", ":6379", "", "2", []byte("secret"))

func init() {
	hardened.Options.HttpOnly = true
	hardened.Options.Secure = true
	hardened.Options.SameSite = http.SameSiteLaxMode
}

func handler(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	s.Values["n"] = 1
	_ = s.Save(r, w)
	h, _ := hardened.Get(r, "other")
	h.Values["n"] = 1
	_ = h.Save(r, w)
}
