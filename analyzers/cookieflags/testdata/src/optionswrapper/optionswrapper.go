// Package optionswrapper keeps its store's defaults but writes sessions
// only through a wrapper that gives each one the options its caller
// passes: whether the defaults reach a browser is not known, and the
// store is not reported. (Stores handed to code that sets no options of
// its own stay reported: sessions, savedsessions.)
package optionswrapper

import (
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

// Write saves v in the named session with the given options.
func Write(st sessions.Store, r *http.Request, w http.ResponseWriter, name string, v any, opts *sessions.Options) error {
	s, err := st.Get(r, name)
	if err != nil {
		return err
	}
	s.Options = opts
	s.Values["v"] = v
	return s.Save(r, w)
}

func login(w http.ResponseWriter, r *http.Request) {
	opts := &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	_ = Write(store, r, w, "app", 1, opts)
}
