// Package web is ctxstore's middleware and handlers.
package web

import (
	"net/http"

	"sessionlint.test/e2e/apps/ctxstore/sessions"
)

type App struct{ db *sessions.DB }

func New(db *sessions.DB) *App { return &App{db: db} }

func (a *App) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /signup", a.signUp)
	mux.HandleFunc("POST /signup-new", a.signUpNewRow)
	return a.loadSession(mux)
}

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

// loadSession puts the row of the request's session cookie into the
// request's context.
func (a *App) loadSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sid, err := sessionCookie(r)
		if err != nil || sid == nil {
			next.ServeHTTP(w, r)
			return
		}
		s, err := a.db.GetSession(r.Context(), *sid)
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r.WithContext(sessions.WithSession(r.Context(), s)))
	})
}

// signUp creates the account and binds the visitor's row to it, under the
// ID the browser came with.
func (a *App) signUp(w http.ResponseWriter, r *http.Request) {
	id, err := a.db.CreateUser(r.Context(), r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "no", http.StatusBadRequest)
		return
	}
	s, ok := sessions.FromContext(r.Context())
	if !ok {
		return
	}
	_ = s.UpdateUserID(r.Context(), a.db, id) // e2e: sessionfixation
}

// signUpNewRow inserts a new row, whose ID the database generates, and
// sends it.
func (a *App) signUpNewRow(w http.ResponseWriter, r *http.Request) {
	id, err := a.db.CreateUser(r.Context(), r.FormValue("username"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "no", http.StatusBadRequest)
		return
	}
	s, err := a.db.NewSession(r.Context(), id)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: s.ID, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
}
