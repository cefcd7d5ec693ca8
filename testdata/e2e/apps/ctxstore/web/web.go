// Package web is ctxstore's middleware and handlers.
package web

import (
	"net/http"

	"sessionlint.test/e2e/apps/ctxstore/sessions"
)

// Server serves the sign-ups.
type Server struct{ store *sessions.Store }

func NewServer(store *sessions.Store) *Server { return &Server{store: store} }

func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /register", s.register)
	mux.HandleFunc("POST /register/fresh", s.registerFresh)
	return s.withSession(mux)
}

// tokenOf returns the token cookie's value, nil when the browser sent
// none.
func tokenOf(r *http.Request) (*string, error) {
	c, err := r.Cookie("token")
	switch {
	case err == http.ErrNoCookie:
		return nil, nil
	case err != nil:
		return nil, err
	}
	return &c.Value, nil
}

// withSession carries the row of the request's token, when there is one.
func (s *Server) withSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token, err := tokenOf(r); err == nil && token != nil {
			if row, err := s.store.LoadSession(r.Context(), *token); err == nil {
				r = r.WithContext(sessions.Carry(r.Context(), row))
			}
		}
		next.ServeHTTP(w, r)
	})
}

// register makes the account and attaches it to the visitor's row, under
// the token the browser came with.
func (s *Server) register(w http.ResponseWriter, r *http.Request) {
	account, err := s.store.Register(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "registration failed", http.StatusBadRequest)
		return
	}
	if row := sessions.Current(r.Context()); row != nil {
		_ = row.AttachAccount(r.Context(), s.store, account) // e2e: sessionfixation
	}
}

// registerFresh starts a new row, whose token the database generates, and
// sends that token.
func (s *Server) registerFresh(w http.ResponseWriter, r *http.Request) {
	account, err := s.store.Register(r.Context(), r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "registration failed", http.StatusBadRequest)
		return
	}
	row, err := s.store.StartSession(r.Context(), account)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "token", Value: row.Token, Path: "/", Expires: row.Expires, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode}) // e2e: clean
}
