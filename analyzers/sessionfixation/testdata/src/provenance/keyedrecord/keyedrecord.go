// Package keyedrecord keeps its own sessions: records in a map, found by
// a getter given the key. The sign-in starts by minting a record (state,
// nonce) under a new ID sent as a cookie; the provider's callback finds
// that record by the cookie the request brings and fills in who signed
// in. Whoever planted the pre-login ID is then signed in too, unless the
// callback moves the record to a new ID first.
package keyedrecord

import (
	"context"
	"crypto/rand"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

type Record struct {
	id      string
	state   string
	subject string
	name    string
}

type Auth struct {
	sync.RWMutex
	oauth   *oauth2.Config
	records map[string]*Record
}

func (a *Auth) get(key string) (*Record, bool) {
	a.RLock()
	defer a.RUnlock()
	rec, ok := a.records[key]
	return rec, ok
}

func (a *Auth) set(rec *Record) {
	a.Lock()
	defer a.Unlock()
	a.records[rec.id] = rec
}

func (a *Auth) Begin(w http.ResponseWriter, r *http.Request) {
	rec := &Record{id: rand.Text(), state: rand.Text()}
	a.set(rec)
	http.SetCookie(w, &http.Cookie{Name: "auth_session", Value: rec.id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, a.oauth.AuthCodeURL(rec.state), http.StatusFound)
}

// Callback fills in the pre-login record the cookie names.
func (a *Auth) Callback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("auth_session")
	if err != nil {
		return
	}
	rec, ok := a.get(c.Value)
	if !ok || rec.state != r.URL.Query().Get("state") {
		return
	}
	tok, err := a.oauth.Exchange(context.Background(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	rec.subject = tok.AccessToken // want `user identity is stored in the session before its ID is renewed`
	rec.name = r.URL.Query().Get("name")
	a.set(rec)
}

// CallbackRenewed moves the record to a new ID before filling it in.
func (a *Auth) CallbackRenewed(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("auth_session")
	if err != nil {
		return
	}
	rec, ok := a.get(c.Value)
	if !ok || rec.state != r.URL.Query().Get("state") {
		return
	}
	tok, err := a.oauth.Exchange(context.Background(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	rec.id = rand.Text()
	rec.subject = tok.AccessToken
	a.set(rec)
	http.SetCookie(w, &http.Cookie{Name: "auth_session", Value: rec.id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
