// Package tokenbind keeps sessions of its own in a table keyed by a token
// the page holds (in script, not a cookie) and hands to the OAuth flow in
// its state: the callback binds the provider's user to whatever token the
// request carries.
package tokenbind

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{}

type store struct{ rows map[string]string }

var db = &store{rows: map[string]string{}}

func (s *store) exec(query string, args ...any) error { return nil }

// sessionUpdate binds a session token to a commenter.
func sessionUpdate(token, commenterHex string) error {
	return db.exec("UPDATE sessions SET commenter = $2 WHERE token = $1", token, commenterHex)
}

// profileUpdate changes a commenter's name: no session in it.
func profileUpdate(commenterHex, name string) error {
	return db.exec("UPDATE commenters SET name = $2 WHERE hex = $1", commenterHex, name)
}

func commenterByEmail(email string) (string, error) { return "c0ffee", nil }

func Callback(w http.ResponseWriter, r *http.Request) {
	token := r.FormValue("state")
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	hexID, err := commenterByEmail(tok.AccessToken)
	if err != nil {
		return
	}
	if err := sessionUpdate(token, hexID); err != nil { // want `^user identity is stored in the session before its ID is renewed; mint a new session ID \(crypto/rand\) and store the user under it instead of binding the ID the client sent$`
		return
	}
	_ = profileUpdate(hexID, r.FormValue("name"))
}

// CallbackMinted mints the token at login and binds that one.
func CallbackMinted(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	hexID, err := commenterByEmail(tok.AccessToken)
	if err != nil {
		return
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return
	}
	fresh := hex.EncodeToString(b)
	_ = sessionUpdate(fresh, hexID)
	http.SetCookie(w, &http.Cookie{Name: "token", Value: fresh, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

type connections interface {
	Connect(token string)
	Close(token string)
}

// storeSession runs fn on a database connection named by token: a scope
// around the callback, not a session record (semaphore's
// db.StoreSession(store, r.URL.String(), func() {...})).
func storeSession(c connections, token string, fn func()) {
	c.Connect(token)
	fn()
	c.Close(token)
}

var conns connections

// authenticationWithStore is a middleware that authenticates inside the
// connection's scope: no session is bound to the URL it names it by.
func authenticationWithStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok := false
		storeSession(conns, r.URL.String(), func() {
			ok = r.Header.Get("Authorization") != ""
		})
		if ok {
			next.ServeHTTP(w, r)
		}
	})
}
