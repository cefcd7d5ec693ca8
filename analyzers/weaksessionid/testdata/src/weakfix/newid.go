package weakfix

import (
	"math/rand"
	"net/http"
	"strconv"
)

func newID() string {
	return "s-" + strconv.FormatInt(rand.Int63(), 36) // want `session ID built from math/rand.Int63 is predictable`
}

func login(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: newID(), HttpOnly: true})
}
