// Command botauth signs maintainers in with an OAuth provider, keeping who
// they are in kataras/go-sessions' memory store, which main configures.
package main

import (
	"net/http"

	"github.com/kataras/go-sessions/v3"

	"sessionlint.test/e2e/apps/botauth/callbacks"
)

func main() {
	manager := sessions.New(sessions.Config{Cookie: "bot_sid", DisableSubdomainPersistence: true}) // e2e: cookieflags sessionadoption
	mux := http.NewServeMux()
	callbacks.Routes(mux, manager)
	_ = http.ListenAndServe(":8080", mux)
}
