// Package gothicserver points gothic at a server-side store.
package gothicserver

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth/gothic"
)

func init() {
	gothic.Store = sessions.NewFilesystemStore("/var/sessions", []byte("secret"))
}

func callback(w http.ResponseWriter, r *http.Request) {
	gu, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	_ = gothic.StoreInSession("user_id", gu.UserID, r, w) // want `renew the session of gothic.Store`
}
