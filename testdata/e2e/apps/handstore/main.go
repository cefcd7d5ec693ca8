// Command handstore serves logins over the application's own session store.
package main

import (
	"net/http"

	"sessionlint.test/e2e/apps/handstore/web"
)

func main() {
	mux := http.NewServeMux()
	web.Routes(mux)
	_ = http.ListenAndServe(":8080", mux)
}
