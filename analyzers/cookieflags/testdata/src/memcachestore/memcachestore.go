// Package memcachestore keeps its gorilla sessions in memcache with the
// store's defaults (Path and MaxAge only), and a hardened twin.
package memcachestore

import (
	"net/http"

	"github.com/bradfitz/gomemcache/memcache"
	gsm "github.com/bradleypeabody/gorilla-sessions-memcache"
)

var client = memcache.New("localhost:11211")

var store = gsm.NewMemcacheStore(client, "app_", []byte("secret")) // want `session cookie of gsm.NewMemcacheStore is sent without HttpOnly, Secure and SameSite`

var hardened = gsm.NewMemcacheStore(client, "admin_", []byte("secret"))

func init() {
	hardened.Options.HttpOnly = true
	hardened.Options.Secure = true
	hardened.Options.SameSite = http.SameSiteLaxMode
}

func handler(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "app")
	s.Values["n"] = 1
	_ = s.Save(r, w)
	h, _ := hardened.Get(r, "admin")
	h.Values["n"] = 1
	_ = h.Save(r, w)
}
