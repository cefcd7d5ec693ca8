package weakflags

import (
	"math/rand"
	"net/http"
	"strconv"
)

func login(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: strconv.Itoa(rand.Int())}) // want `session ID built from math/rand.Int is predictable: it becomes the value of cookie "auth"`
	// Not a session cookie under -names '^auth$'.
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: strconv.Itoa(rand.Int())})
}

func suppressed(w http.ResponseWriter) {
	//sessionlint:ignore weaksessionid a test cookie, never used for sessions
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: strconv.Itoa(rand.Int())})
}
