// Package wholevalues replaces a session's values with a map the caller
// filled: the entries of that map are what is written.
package wholevalues

import (
	"fmt"
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth/gothic"
)

var store = sessions.NewFilesystemStore("", []byte("key"))

// saveValues replaces the session's values with the caller's.
func saveValues(r *http.Request, w http.ResponseWriter, st sessions.Store, values map[interface{}]interface{}) error {
	sess, err := st.Get(r, "oauth-session")
	if err != nil {
		return err
	}
	sess.Values = values
	return sess.Save(r, w)
}

// saveValuesRenewed does the same in a new session.
func saveValuesRenewed(r *http.Request, w http.ResponseWriter, st sessions.Store, values map[interface{}]interface{}) error {
	sess, err := st.Get(r, "oauth-session")
	if err != nil {
		return err
	}
	sess.ID = ""
	sess.Values = values
	return sess.Save(r, w)
}

func callback(w http.ResponseWriter, r *http.Request) {
	provider := r.URL.Query().Get("provider")
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	values := make(map[interface{}]interface{})
	values[fmt.Sprintf("%s_user_info", provider)] = user
	_ = saveValues(r, w, store, values) // want `saveValues stores user identity in the session before its ID is renewed`
}

func callbackRenewed(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	_ = saveValuesRenewed(r, w, store, map[interface{}]interface{}{"user": user})
}

// login writes a literal map over the values.
func login(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	sess, _ := store.Get(r, "app")
	sess.Values = map[interface{}]interface{}{"user_id": user.UserID} // want `user identity is stored in the session before its ID is renewed`
	_ = sess.Save(r, w)
}

// saveOAuthSessionValues is named like a login: what it writes is still
// the caller's map, judged at the call.
func saveOAuthSessionValues(r *http.Request, w http.ResponseWriter, values map[interface{}]interface{}) error {
	sess, err := store.Get(r, "oauth-session")
	if err != nil {
		return err
	}
	sess.Values = values
	return sess.Save(r, w)
}

func providerCallback(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	values := map[interface{}]interface{}{}
	values["github_user"] = user
	_ = saveOAuthSessionValues(r, w, values) // want `saveOAuthSessionValues stores user identity in the session before its ID is renewed`
}

// theme replaces the values with the visitor's choice: no login.
func theme(w http.ResponseWriter, r *http.Request) {
	_ = saveOAuthSessionValues(r, w, map[interface{}]interface{}{"theme": r.URL.Query().Get("theme")})
}
