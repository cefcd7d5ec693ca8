// Package tablestore is an application's own gorilla Store: New gives each
// session its options, Save sends a copy of them with its own MaxAge. The
// copy carries what New set: the cookie lacks only SameSite.
package tablestore

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type tableStore struct{}

func (s tableStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

func (s tableStore) New(r *http.Request, name string) (*sessions.Session, error) {
	ses := sessions.NewSession(s, name)
	ses.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true}
	return ses, nil
}

func (s tableStore) Save(r *http.Request, w http.ResponseWriter, ses *sessions.Session) error {
	if ses.Options.MaxAge < 0 {
		fresh, _ := s.New(r, ses.Name())
		ses.Options = fresh.Options
		return nil
	}
	opts := *ses.Options
	opts.MaxAge = 3600
	http.SetCookie(w, sessions.NewCookie(ses.Name(), ses.ID, &opts)) // want `cookie is sent without SameSite; set SameSite`
	return nil
}
