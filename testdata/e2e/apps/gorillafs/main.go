// Command gorillafs keeps its gorilla store in an exported variable of package
// mw, assigned here: a filesystem store (server-side).
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/gorillafs/web/ctl"
	"sessionlint.test/e2e/apps/gorillafs/web/mw"
)

var key = []byte("e2e-hash-key-0123456789abcdef012")

func main() {
	mw.Store = sessions.NewFilesystemStore("", key)
	http.Handle("/login", mw.WithSession(http.HandlerFunc(ctl.Login)))
	_ = http.ListenAndServe(":8080", nil)
}
