// Package gothicapp keeps gothic's default (cookie) store.
package gothicapp

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/markbates/goth/gothic"
)

var sm = scs.New()

func callback(w http.ResponseWriter, r *http.Request) {
	gu, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	_ = gothic.StoreInSession("user_id", gu.UserID, r, w)
}

// The application's own session is scs: renew it after the OAuth login.
func callbackSCS(w http.ResponseWriter, r *http.Request) {
	gu, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "user_id", gu.UserID) // want `call sm.RenewToken\(ctx\) first`
}

func callbackSCSGood(w http.ResponseWriter, r *http.Request) {
	gu, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user_id", gu.UserID)
}
