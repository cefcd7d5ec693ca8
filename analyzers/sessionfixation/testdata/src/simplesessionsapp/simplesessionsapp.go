// Package simplesessionsapp logs users in with zerodha/simplesessions, as
// listmonk does, on its memory store.
package simplesessionsapp

import (
	"net/http"

	"github.com/zerodha/simplesessions/stores/memory/v3"
	"github.com/zerodha/simplesessions/v3"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sm = simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "session", IsHTTPOnly: true, IsSecure: true, SameSite: http.SameSiteLaxMode}})

func init() {
	sm.UseStore(memory.New())
}

func Login(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	sess, err := sm.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	sess.Set("user_id", u.ID) // want `^user identity is stored in the session before its ID is renewed; write into the session the manager's NewSession\(r, w\) returns \(a new ID, and its cookie\) instead of sess$`
}

func LoginNewSession(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	sess, err := sm.NewSession(r, w)
	if err != nil {
		return
	}
	sess.SetMulti(map[string]interface{}{"user_id": u.ID, "email": u.Email})
}

// Clear keeps the ID.
func LoginAfterClear(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return
	}
	sess, err := sm.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	sess.Clear()
	sess.SetMulti(map[string]interface{}{"user_id": u.ID}) // want `\(Clear keeps the session ID\)`
}
