// Package session keeps the signed-in user's e-mail in a Redis-backed
// gorilla session, imported through gopkg.in's path of boj/redistore.
package session

import (
	"net/http"

	userinfo "google.golang.org/api/oauth2/v2"
	redistore "gopkg.in/boj/redistore.v1"
)

// Store is set up by the program's main.
var Store *redistore.RediStore

const cookieName = "app"

const emailKey = "userinfoemail"

// RememberUser writes the profile's e-mail into the request's session.
func RememberUser(w http.ResponseWriter, r *http.Request, p userinfo.Userinfoplus) error {
	s, err := Store.New(r, cookieName)
	if err != nil {
		return err
	}
	s.Values[emailKey] = p.Email
	return s.Save(r, w)
}

// RememberUserFresh does the same in a session with a new ID.
func RememberUserFresh(w http.ResponseWriter, r *http.Request, p userinfo.Userinfoplus) error {
	s, err := Store.New(r, cookieName)
	if err != nil {
		return err
	}
	s.ID = ""
	s.Values[emailKey] = p.Email
	return s.Save(r, w)
}

// Open sets the store up.
func Open() {
	Store, _ = redistore.NewRediStore(8, "tcp", "localhost:6379", "", []byte("k"))
}

// RememberProfile keeps the whole profile under a key of the
// application's own.
func RememberProfile(w http.ResponseWriter, r *http.Request, p *userinfo.Userinfoplus) error {
	s, err := Store.Get(r, cookieName)
	if err != nil {
		return err
	}
	s.Values["google"] = p
	return s.Save(r, w)
}
