// Command accounts logs users in through its own service layer: the
// password is checked behind interfaces in package account, the OAuth code
// exchanged by package provider's hand-written client, and the handlers are
// closures that factories in package ctl return. scs keeps the sessions on
// the server.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"sessionlint.test/e2e/apps/accounts/web/account"
	"sessionlint.test/e2e/apps/accounts/web/ctl"
)

func main() {
	sm := scs.New()
	sm.Cookie.Secure = true
	svc := &account.Service{Repo: account.NewMemory(), Hasher: account.Bcrypt{}}
	mux := http.NewServeMux()
	mux.Handle("POST /login", ctl.PostLogin(sm, svc))
	mux.Handle("POST /login/renewed", ctl.PostLoginRenewed(sm, svc))
	mux.Handle("GET /oauth/callback", ctl.OAuthCallback(sm, svc))
	mux.Handle("POST /profile/email", ctl.UpdateEmail(sm, svc))
	_ = http.ListenAndServe(":8080", sm.LoadAndSave(mux))
}
