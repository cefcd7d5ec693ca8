// Command apikeys signs API clients in from the query by access key and
// secret, on any request, into a filesystem store (server-side) that main
// puts in gorillafs's package mw (the same middleware, another program).
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/apikeys/web/ctl"
	"sessionlint.test/e2e/apps/gorillafs/web/mw"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	mw.Store = sessions.NewFilesystemStore("", key) // e2e: cookieflags
	http.Handle("/", mw.WithSession(ctl.AutoSignIn(http.NotFoundHandler())))
	http.Handle("/renewed/", mw.WithSession(ctl.AutoSignInRenewed(http.NotFoundHandler())))
	_ = http.ListenAndServe(":8080", nil)
}
