// Command deadhelper serves web's handlers; nothing calls web.OldCookie.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"deadhelper/web"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, web.SessionCookie(r.FormValue("sid")))
	})
	r := gin.New()
	web.Sessions(r)
	_ = http.ListenAndServe(":8080", nil)
}
