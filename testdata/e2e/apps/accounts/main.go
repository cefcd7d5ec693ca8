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
	mux.Handle("POST /session", ctl.CreateSession(sm, svc))
	mux.Handle("POST /session/renewed", ctl.CreateSessionRenewed(sm, svc))
	mux.Handle("GET /provider/return", ctl.ProviderReturn(sm, svc))
	mux.Handle("POST /profile/email", ctl.UpdateEmail(sm, svc))
	_ = http.ListenAndServe(":8080", sm.LoadAndSave(mux))
}
