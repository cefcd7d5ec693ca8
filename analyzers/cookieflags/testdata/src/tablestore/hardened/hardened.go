// Package hardened is tablestore with SameSite in the options New gives.
package hardened

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
	ses.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	return ses, nil
}

func (s tableStore) Save(r *http.Request, w http.ResponseWriter, ses *sessions.Session) error {
	opts := *ses.Options
	opts.MaxAge = 3600
	http.SetCookie(w, sessions.NewCookie(ses.Name(), ses.ID, &opts))
	return nil
}
