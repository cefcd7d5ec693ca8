// Package onetime: a single sign-on gateway redirects back with a code in
// the URL that the protected site exchanges for its own session cookie. A
// code deleted where it is exchanged cannot be used again from a leaked
// URL; one kept in the store is a session ID in the URL.
package onetime

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"
)

type Router struct {
	codes    sync.Map // session_id code -> user name
	sessions sync.Map // browser session -> user name
	pending  map[string]string
}

func token() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func (ar *Router) grant(w http.ResponseWriter, user any) {
	sid := token()
	ar.sessions.Store(sid, user)
	http.SetCookie(w, &http.Cookie{Name: "gw_session", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// Callback exchanges the one-time code: looked up, then deleted.
func (ar *Router) Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("session_id")
	user, ok := ar.codes.Load(code)
	if !ok {
		http.Error(w, "expired", http.StatusUnauthorized)
		return
	}
	ar.codes.Delete(code)
	ar.grant(w, user)
}

// Consume finds and removes the code at once.
func (ar *Router) Consume(w http.ResponseWriter, r *http.Request) {
	user, ok := ar.codes.LoadAndDelete(r.URL.Query().Get("session_id"))
	if ok {
		ar.grant(w, user)
	}
}

// Pending exchanges a code kept in a plain map, deleted with delete.
func (ar *Router) Pending(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("sid")
	user, ok := ar.pending[code]
	if !ok {
		return
	}
	delete(ar.pending, code)
	ar.grant(w, user)
}

// Resume keeps using the ID the URL carries: it stays valid.
func (ar *Router) Resume(w http.ResponseWriter, r *http.Request) {
	sid := r.URL.Query().Get("session_id") // want `session ID is read from the URL \(query parameter "session_id"\) and used to find a session \(Map.Load\)`
	if _, ok := ar.sessions.Load(sid); !ok {
		http.Error(w, "no session", http.StatusUnauthorized)
	}
}
