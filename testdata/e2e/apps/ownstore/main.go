// Command ownstore keeps its sessions in its own table through its own
// gorilla sessions.Store: the cookie carries only a random ID. Every
// handler is given the request's session in a field of a request object
// that one wrapper fills and saves.
package main

import (
	"net/http"

	"sessionlint.test/e2e/apps/ownstore/web/accounts"
	"sessionlint.test/e2e/apps/ownstore/web/handlers"
	"sessionlint.test/e2e/apps/ownstore/web/request"
)

func main() {
	h := &handlers.Handlers{
		Store:    request.NewStore("/auth"),
		Accounts: accounts.NewService(),
	}
	mux := http.NewServeMux()
	h.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
