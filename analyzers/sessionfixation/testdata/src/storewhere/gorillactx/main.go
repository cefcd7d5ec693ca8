// Command gorillactx keeps its gorilla store in an exported variable of package
// mw, assigned here in main: a signed-cookie store.
package main

import (
	"net/http"

	"github.com/gorilla/sessions"

	"storewhere/gorillactx/web/ctl"
	"storewhere/gorillactx/web/mw"
)

func main() {
	mw.Store = sessions.NewCookieStore([]byte("secret"))
	http.Handle("/login", mw.WithSession(http.HandlerFunc(ctl.Login)))
	_ = http.ListenAndServe(":8080", nil)
}
