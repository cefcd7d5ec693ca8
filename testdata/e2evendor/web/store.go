// Package web keeps the session store of an application that vendors its
// dependencies (go mod vendor, built with -mod=vendor): the library's file
// paths carry no version, so vendor/modules.txt says which one is built.
// gorilla/sessions v1.2.0's CookieStore sets neither Secure nor SameSite.
package web

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// Store is the application's session store, left with its defaults.
var Store = sessions.NewCookieStore([]byte("a-key-from-the-environment-----"))

// Hello counts visits in the session.
func Hello(w http.ResponseWriter, r *http.Request) {
	s, err := Store.Get(r, "app")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	n, _ := s.Values["visits"].(int)
	s.Values["visits"] = n + 1
	_ = s.Save(r, w)
}
