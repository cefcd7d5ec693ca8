// Command hardened hands its store to a middleware that sets its options
// where sessionlint cannot follow: not known, not reported.
package main

import (
	"net/http"

	"github.com/wader/gormstore/v2"
	"gorm.io/gorm"

	"handedstore/hardened/tlsstore"
)

func main() {
	var db *gorm.DB
	store := gormstore.New(db, []byte("0123456789abcdef"))
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s, _ := store.Get(r, "session")
		s.Values["visits"] = 1
		_ = s.Save(r, w)
	})
	_ = http.ListenAndServe(":8080", tlsstore.New(store)(mux))
}
