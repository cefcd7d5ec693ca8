// Package authbossapp configures authboss's session state. authboss's own
// login handlers (auth.LoginPost, oauth2, 2FA) write the user into that
// session and never renew its ID: a server-side store behind them is
// session fixation in code the application does not own, reported where
// the store is handed over.
package authbossapp

import (
	"github.com/gorilla/sessions"
	abclientstate "github.com/volatiletech/authboss-clientstate"
)

var key = []byte("k")

func serverSide() abclientstate.SessionStorer {
	fs := sessions.NewFilesystemStore("/var/lib/app", key)
	return abclientstate.NewSessionStorerFromExisting("ab", fs) // want `authboss's login handlers store the user in this session store without renewing its ID, and the store keeps sessions on the server`
}

// The clean twins: a signed-cookie store, given or built by authboss.
func cookieGiven() abclientstate.SessionStorer {
	return abclientstate.NewSessionStorerFromExisting("ab", sessions.NewCookieStore(key))
}

func cookieBuilt() abclientstate.SessionStorer {
	return abclientstate.NewSessionStorer("ab", key)
}
