// Package web logs users in through the application's own session store.
package web

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionlint.test/e2e/apps/handstore/store"
	"sessionlint.test/e2e/internal/users"
)

var st = store.New()

// Routes registers the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", Login)
	mux.HandleFunc("POST /login/renewed", LoginRenewed)
	mux.HandleFunc("POST /login/chosen", LoginChosen)
	mux.HandleFunc("POST /login/fresh", LoginFresh)
}

func check(r *http.Request) (users.User, bool) {
	u, ok := users.Lookup(r.FormValue("user"))
	if !ok || bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))) != nil {
		return users.User{}, false
	}
	return u, true
}

// Login writes the user into the record store.Get looked up by the
// request's cookie.
func Login(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sess := st.Get(w, r)
	sess.UserID = u.ID // e2e: sessionfixation
}

// LoginRenewed moves the session to a fresh ID first.
func LoginRenewed(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sess := st.Get(w, r)
	st.Renew(w, sess)
	sess.UserID = u.ID // e2e: clean
}

// LoginChosen is the attack: the client picks the ID in the form, the
// handler sets it as the cookie and binds the user to it.
func LoginChosen(w http.ResponseWriter, r *http.Request) {
	sid := r.PostFormValue("sid")
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: sessionadoption
	u, ok := check(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	st.Bind(sid, u.ID) // e2e: sessionfixation
}

// LoginFresh binds the user to a fresh ID from crypto/rand.
func LoginFresh(w http.ResponseWriter, r *http.Request) {
	u, ok := check(r)
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sid := rand.Text()
	st.Bind(sid, u.ID) // e2e: clean
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
