// Command fieldstore keeps the store in a struct field of interface type;
// the only store the program constructs is a signed-cookie store.
package main

import (
	"github.com/gorilla/sessions"

	"storewhere/fieldstore/app"
)

func main() {
	a := &app.App{Sessions: sessions.NewCookieStore([]byte("k"))}
	a.Serve()
}
