// Command ctxstore keeps sessions in its own database table; a middleware
// carries the request's row in the request's context.
package main

import (
	"database/sql"
	"net/http"

	"sessionlint.test/e2e/apps/ctxstore/sessions"
	"sessionlint.test/e2e/apps/ctxstore/web"
)

func main() {
	db, err := sql.Open("postgres", "postgres://localhost/app")
	if err != nil {
		panic(err)
	}
	srv := web.NewServer(sessions.Open(db))
	_ = http.ListenAndServe(":8080", srv.Handler())
}
