package gosessionapp

import (
	"context"
	"net/http"

	"github.com/go-session/session/v3"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var manager = session.NewManager()

func login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s, err := session.Start(context.Background(), w, r)
	if err != nil {
		return
	}
	s.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; write through the store returned by session.Refresh\(ctx, w, r\) instead of s$`
	_ = s.Save()
}

func loginGood(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, err := session.Refresh(r.Context(), w, r)
	if err != nil {
		return
	}
	s.Set("user_id", u.ID)
	_ = s.Save()
}

// Refresh whose result is ignored: the old store still has the old ID.
func loginIgnoredRefresh(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, _ := manager.Start(r.Context(), w, r)
	_, _ = manager.Refresh(r.Context(), w, r)
	s.Set("user_id", u.ID) // want `before its ID is renewed`
	_ = s.Save()
}

func loginFlush(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, _ := session.Start(r.Context(), w, r)
	_ = s.Flush()
	s.Set("user_id", u.ID) // want `\(Flush keeps the session ID\)`
	_ = s.Save()
}

func loginDestroy(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = session.Destroy(r.Context(), w, r)
	s, _ := session.Start(r.Context(), w, r)
	s.Set("user_id", u.ID) // want `\(Destroy keeps the session ID\)`
	_ = s.Save()
}

// A helper that returns the refreshed store.
func fresh(w http.ResponseWriter, r *http.Request) (session.Store, error) {
	s, err := manager.Refresh(r.Context(), w, r)
	if err != nil {
		return nil, err
	}
	return s, nil
}

func loginHelperFresh(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, err := fresh(w, r)
	if err != nil {
		return
	}
	s.Set("user_id", u.ID)
	_ = s.Save()
}

func loginPreferences(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s, _ := session.Start(r.Context(), w, r)
	s.Set("theme", u.Theme)
	_ = s.Save()
}
