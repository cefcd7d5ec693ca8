// Command gorillafs keeps its gorilla store in an exported variable of package
// mw, assigned here in main: a filesystem store (server-side).
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"storewhere/gorillafs/web/ctl"
	"storewhere/gorillafs/web/mw"
)

func main() {
	mw.Store = sessions.NewFilesystemStore("/var/lib/app", []byte("secret"))
	http.Handle("/login", mw.WithSession(http.HandlerFunc(ctl.Login)))
	_ = http.ListenAndServe(":8080", nil)
}
