// Command app hands its store, left with gormstore's defaults, to a
// middleware that keeps it in the request's context. Nothing in the
// program names the store's options, so the defaults are what the browser
// gets.
package main

import (
	"net/http"

	"github.com/wader/gormstore/v2"
	"gorm.io/gorm"

	"handedstore/ctxstore"
)

// Store is the session store.
var Store *gormstore.Store

func main() {
	var db *gorm.DB
	Store = gormstore.New(db, []byte("0123456789abcdef")) // want `^session cookie of gormstore.New is sent without HttpOnly, Secure and SameSite`
	quit := make(chan struct{})
	go Store.PeriodicCleanup(3600, quit)
	defer close(quit)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s, _ := ctxstore.Store(r).Get(r, "session")
		s.Values["visits"] = 1
		_ = s.Save(r, w)
	})
	_ = http.ListenAndServe(":8080", ctxstore.New(Store)(mux))
}
