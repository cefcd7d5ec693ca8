package sinks

import (
	"context"
	crand "crypto/rand"
	"iter"
	"net/http"
	"sync"
)

type Session struct{ User string }

var sessions = map[string]*Session{}

var sessionsByID sync.Map

type SessionStore interface {
	Get(id string) (*Session, error)
	Create(id string, s *Session) error
}

type cacheClient interface {
	Set(ctx context.Context, key string, v any) error
}

func handler(w http.ResponseWriter, r *http.Request, st SessionStore, rdb cacheClient) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	s, ok := sessions[c.Value] // want `use: the lookup in sessions \(sessionish\)`
	if !ok {
		sessions[c.Value] = &Session{} // want `sink store: the key of sessions \(sessionish\)`
	}
	st.Get(c.Value)                             // want `use: SessionStore.Get \(sessionish\)`
	st.Create(c.Value, s)                       // want `sink store: the key given to SessionStore.Create \(sessionish\)`
	rdb.Set(r.Context(), "session:"+c.Value, s) // want `sink store: the key given to cacheClient.Set \(sessionish\)`
	rdb.Set(r.Context(), "page:"+r.URL.Path, "x")
	sessionsByID.Store(c.Value, s)                                    // want `sink store: the key given to Map.Store \(sessionish\)`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: crand.Text()}) // want `sink cookie: the value of cookie "sid"`
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})
}

var counts = map[string]int{}

func count(r *http.Request) {
	counts[r.URL.Path]++ // want `use: the lookup in counts` `sink store: the key of counts`
}

func newSessionID() string { return crand.Text() } // want `sink named: the session ID returned by newSessionID`

// Odd but valid Go: nothing may panic.

type idish interface{ ~string }

func store[K idish, V any](m map[K]V, k K, v V) { m[k] = v }

func seq(r *http.Request) iter.Seq[string] {
	return func(yield func(string) bool) { yield(r.FormValue("a")) }
}

func odd(r *http.Request, fns []func(string)) {
	store(map[string]int{}, "k", 1)
	for v := range seq(r) {
		fns[0](v)
	}
	get := (*http.Request).Cookie
	if c, err := get(r, "sid"); err == nil {
		go func() { sessions[c.Value] = nil }() // want `sink store: the key of sessions \(sessionish\)`
	}
}
