// Package rows logs people in through an external directory picked at
// run time, then stores the user's row, re-read by the posted name, in the
// session under the application's own key: the row, named by the getter
// that returns it, is the identity.
package rows

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"provenance/rowdb"
)

var sm = scs.New()

func directoryLogin(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("username")
	dir := rowdb.Directories[r.URL.Query().Get("via")]
	entry, err := dir.Login(name, r.PostFormValue("password"))
	if err != nil || entry == nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	if err := rowdb.Users.Upsert(map[string]string{"username": "ext_" + name, "email": entry.Email}); err != nil {
		http.Error(w, "no", http.StatusInternalServerError)
		return
	}
	user, err := rowdb.Users.GetUserByUsername("ext_" + name)
	if err != nil || len(user) == 0 {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "author", user) // want `^user identity is stored in the session before its ID is renewed; call sm.RenewToken\(ctx\) first$`
}

func directoryLoginRenewed(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("username")
	dir := rowdb.Directories[r.URL.Query().Get("via")]
	if _, err := dir.Login(name, r.PostFormValue("password")); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	user, err := rowdb.Users.GetUserByUsername("ext_" + name)
	if err != nil || len(user) == 0 {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	sm.Put(r.Context(), "author", user)
}

// A row of another table found by the posted name is no identity: the
// visitor's display preferences, kept for the page.
func showPreferences(w http.ResponseWriter, r *http.Request) {
	prefs, err := rowdb.Users.GetUserPreferences(r.FormValue("username"))
	if err != nil {
		return
	}
	sm.Put(r.Context(), "prefs", prefs)
}
