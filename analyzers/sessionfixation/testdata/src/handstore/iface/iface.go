// Package iface reaches the application's store through an interface of
// its own, whose one implementation in the module is store.Store.
package iface

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"handstore/store"
	"users"
)

// Sessions is what the handlers need of a session store.
type Sessions interface {
	Get(w http.ResponseWriter, r *http.Request) *store.Session
	Renew(w http.ResponseWriter, s *store.Session)
}

type Handler struct {
	Sessions Sessions
}

func (h *Handler) check(r *http.Request) (*users.User, bool) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return nil, false
	}
	return u, true
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	u, ok := h.check(r)
	if !ok {
		return
	}
	s := h.Sessions.Get(w, r)
	s.UserID = u.ID // want `user identity is stored in the session before its ID is renewed`
}

// The clean twin: renewed through the interface.
func (h *Handler) LoginRenewed(w http.ResponseWriter, r *http.Request) {
	u, ok := h.check(r)
	if !ok {
		return
	}
	s := h.Sessions.Get(w, r)
	h.Sessions.Renew(w, s)
	s.UserID = u.ID
}
