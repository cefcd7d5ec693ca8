// Package custom has a team's own session wrapper, named by flags.
package custom

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sm = scs.New()

type Sessions struct{}

func (s *Sessions) Regenerate(r *http.Request) error { return nil }

func (s *Sessions) SetValue(r *http.Request, key string, v any) {}

var mine = &Sessions{}

func Rotate(r *http.Request) {}

func login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	mine.SetValue(r, "user", u.ID) // want `^user identity is stored in the session before its ID is renewed; call one of the configured sanitizers first$`
}

func loginGood(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = mine.Regenerate(r)
	mine.SetValue(r, "user", u.ID)
}

// A custom sanitizer renews library sessions too.
func loginSCS(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	Rotate(r)
	sm.Put(r.Context(), "userID", u.ID)
}

// With -identity-keys=^who$, the key "who" is identity and "userID" is not
// (its value is a constant, so nothing else makes it identity).
func loginKeys(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "who", r.FormValue("name")) // want `call sm.RenewToken\(ctx\) first`
	sm.Put(r.Context(), "userID", "constant")
}
