// Package web is the application: a middleware that loads the session row
// of the request's cookie into the context, and handlers.
package web

import (
	"net/http"

	"ctxsession/dbsess"
)

type App struct{ db *dbsess.DB }

// sessionCookie returns the session cookie's value, nil without one.
func sessionCookie(r *http.Request) (*string, error) {
	c, err := r.Cookie("session_id")
	if err == http.ErrNoCookie {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &c.Value, nil
}

func (a *App) sessions(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sid, err := sessionCookie(r)
		if err != nil || sid == nil {
			return
		}
		s, err := a.db.GetSession(r.Context(), *sid)
		if err != nil {
			return
		}
		next.ServeHTTP(w, r.WithContext(dbsess.WithSession(r.Context(), s)))
	})
}

// SignUp creates the first account and binds the visitor's session row to
// it: the row's ID is the one the browser sent.
func (a *App) SignUp(w http.ResponseWriter, r *http.Request) {
	id, err := a.db.CreateUser(r.Context(), r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		return
	}
	s, _ := dbsess.FromContext(r.Context())
	_ = s.UpdateUserID(r.Context(), a.db, id) // want `user identity is stored in the session before its ID is renewed; mint a new session ID`
}

// SignUpNewRow is the twin that inserts a new row, whose ID the database
// generates, and sends it.
func (a *App) SignUpNewRow(w http.ResponseWriter, r *http.Request) {
	id, err := a.db.CreateUser(r.Context(), r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		return
	}
	s, err := a.db.NewSession(r.Context(), id)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: s.ID, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
