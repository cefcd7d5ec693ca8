// Package profilehelper's login handler asks a method of its own to find
// the user: the method reads the posted credentials and asks the service,
// and the handler stores the user's login name.
package profilehelper

import (
	"net/http"

	"github.com/gorilla/sessions"
)

type User struct {
	ID   int64
	Name string
}

type Users interface {
	ByLogin(name, password string) []User
	ByID(id int64) []User
}

type Auth struct {
	Users Users
	Store *sessions.FilesystemStore
}

// posted finds the users the posted credentials name.
func (a *Auth) posted(r *http.Request) []User {
	name := r.PostFormValue("user_name")
	pwd := r.PostFormValue("pwd")
	return a.Users.ByLogin(name, pwd)
}

// signedIn finds the user the session already names.
func (a *Auth) signedIn(sess *sessions.Session) []User {
	id, _ := sess.Values["uid"].(int64)
	return a.Users.ByID(id)
}

func (a *Auth) Enter(w http.ResponseWriter, r *http.Request) {
	found := a.posted(r)
	if len(found) == 0 {
		http.Error(w, "auth failed", http.StatusUnauthorized)
		return
	}
	sess, _ := a.Store.Get(r, "blog")
	sess.Values["loginName"] = found[0].Name // want `user identity is stored in the session before its ID is renewed`
	_ = sess.Save(r, w)
}

// The renewed twin.
func (a *Auth) EnterRenewed(w http.ResponseWriter, r *http.Request) {
	found := a.posted(r)
	if len(found) == 0 {
		http.Error(w, "auth failed", http.StatusUnauthorized)
		return
	}
	sess, _ := a.Store.Get(r, "blog")
	sess.Options.MaxAge = -1
	_ = sess.Save(r, w)
	sess.ID = ""
	sess.Options.MaxAge = 3600
	sess.Values["loginName"] = found[0].Name
	_ = sess.Save(r, w)
}

// Refresh stores the name of the user the session already holds again:
// no login.
func (a *Auth) Refresh(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.Store.Get(r, "blog")
	found := a.signedIn(sess)
	if len(found) == 0 {
		return
	}
	sess.Values["loginName"] = found[0].Name
	_ = sess.Save(r, w)
}

var passwords = map[string]string{}

// Login compares the posted password itself; the branch where it does not
// match stores a placeholder name, which is no login.
func (a *Auth) Login(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.Store.Get(r, "blog")
	u := r.PostFormValue("user")
	p := r.PostFormValue("pw")
	if passwords[u] == p {
		sess.Values["loginName"] = u // want `user identity is stored in the session before its ID is renewed`
	} else {
		sess.Values["loginName"] = "Anonymous"
	}
	_ = sess.Save(r, w)
}

// Cases finds the case an access code opens.
type Cases interface {
	ByCode(code string) (caseID string, err error)
}

func mintJWT(code, caseID string) string { return code + "." + caseID }

// Open keeps a JWT minted for the case the posted access code opened: the
// login's credential, under the application's own key.
func (a *Auth) Open(cases Cases, w http.ResponseWriter, r *http.Request) {
	code := r.PostFormValue("uac")
	caseID, err := cases.ByCode(code)
	if err != nil {
		http.Error(w, "not recognised", http.StatusUnauthorized)
		return
	}
	sess, _ := a.Store.Get(r, "blog")
	sess.Values["jwt_token"] = mintJWT(code, caseID) // want `user identity is stored in the session before its ID is renewed`
	_ = sess.Save(r, w)
}

// Extend stores again the JWT the session already holds.
func (a *Auth) Extend(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.Store.Get(r, "blog")
	token, _ := sess.Values["jwt_token"].(string)
	sess.Values["jwt_token"] = token
	_ = sess.Save(r, w)
}
