// Package web logs the UI in from an HTTP Basic header and keeps the user
// in a gorilla session; the store comes from main.
package web

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/basicui/auth"
)

// UserInfo is what the session keeps about the user.
type UserInfo struct {
	Name   string
	Groups []string
}

// SessionData wraps it.
type SessionData struct{ Info UserInfo }

// Handler holds what the handlers need.
type Handler struct {
	Store     sessions.Store
	Passwords *auth.Passwords
}

func saveUser(store sessions.Store, w http.ResponseWriter, r *http.Request, info UserInfo) error {
	s, err := store.Get(r, "ui") // e2e: cookieflags
	if err != nil {
		return err
	}
	s.Options.HttpOnly = true
	s.Options.Secure = true
	s.Options.SameSite = http.SameSiteDefaultMode // sends no SameSite
	s.Values["data"] = SessionData{Info: info}
	return s.Save(r, w)
}

// Login checks the Basic header and keeps the user in the session the
// browser already has.
func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	name, password, ok := r.BasicAuth()
	if !ok {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	if valid, _ := h.Passwords.Authenticate(name, password); !valid {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	_ = saveUser(h.Store, w, r, UserInfo{Name: name}) // e2e: sessionfixation
	// The user's name, for the UI's script: HttpOnly off on purpose.
	http.SetCookie(w, sessions.NewCookie("user", name, &sessions.Options{ // e2e: cookieflags
		Path: "/", MaxAge: 7200, Secure: true, SameSite: http.SameSiteDefaultMode,
	}))
}
