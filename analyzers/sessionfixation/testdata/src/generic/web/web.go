package web

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"generic/ctxsession"
	"generic/session"
)

type user struct {
	ID   int64
	Hash []byte
}

func find(name string) *user { return &user{} }

func login(w http.ResponseWriter, r *http.Request) {
	u := find(r.FormValue("name"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	session.Users.Write(r, w, &session.UserSession{UserID: u.ID}) // want `^Write stores user identity in the session before its ID is renewed; in Write, set sess.ID = "" \(after expiring the old record with Options.MaxAge = -1 and Save\) before Save$`
}

func loginRenewed(w http.ResponseWriter, r *http.Request) {
	u := find(r.FormValue("name"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	session.Users.WriteFresh(r, w, &session.UserSession{UserID: u.ID})
}

// A preference written through the same generic store is no identity.
func theme(w http.ResponseWriter, r *http.Request) {
	session.Themes.Write(r, w, &session.ThemeSession{Theme: r.FormValue("theme")})
}

// The registry reached through a context value: still the request's.
func loginCtx(w http.ResponseWriter, r *http.Request) {
	u := find(r.FormValue("name"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(r.FormValue("password"))) != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	ctxsession.Users.Write(r, w, &ctxsession.UserSession{UserID: u.ID}) // want `^Write stores user identity in the session before its ID is renewed`
}
