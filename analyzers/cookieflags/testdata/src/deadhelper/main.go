// Command deadhelper serves web's handlers; nothing calls web.OldCookie.
package main

import (
	"net/http"

	"deadhelper/web"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, web.SessionCookie(r.FormValue("sid")))
	})
	_ = http.ListenAndServe(":8080", nil)
}
