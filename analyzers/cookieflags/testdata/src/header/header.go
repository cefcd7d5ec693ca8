package header

import (
	"fmt"
	"net/http"
)

func constant(w http.ResponseWriter) {
	w.Header().Set("Set-Cookie", "prefs=dark; Path=/") // want `cookie "prefs" is sent without HttpOnly, Secure and SameSite; add "; HttpOnly; Secure; SameSite=Lax" to the Set-Cookie header`
}

func constantHardened(w http.ResponseWriter) {
	w.Header().Set("Set-Cookie", "prefs=dark; Path=/; HttpOnly; Secure; SameSite=Lax")
}

func sprintf(w http.ResponseWriter, sid string) {
	w.Header().Add("Set-Cookie", fmt.Sprintf("sid=%s; Path=/; HttpOnly", sid)) // want `cookie "sid" is sent without Secure and SameSite; add "; Secure; SameSite=Lax" to the Set-Cookie header`
}

func concat(w http.ResponseWriter, sid string) {
	w.Header().Add("Set-Cookie", "sid="+sid+"; Path=/; Secure; SameSite=Strict") // want `cookie "sid" is sent without HttpOnly; add "; HttpOnly" to the Set-Cookie header`
}

func deletion(w http.ResponseWriter) {
	w.Header().Add("Set-Cookie", "sid=; Path=/; Max-Age=0")
	w.Header().Add("Set-Cookie", "sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
}

func opaque(w http.ResponseWriter, sid, attrs string) {
	w.Header().Add("Set-Cookie", "sid="+sid+"; "+attrs)
	w.Header().Add("Set-Cookie", fmt.Sprintf("%s; Path=/", sid))
	w.Header().Add("Set-Cookie", attrs)
}

func viaString(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `cookie "sid" is sent without Secure; set Secure: true`
	w.Header().Add("Set-Cookie", c.String())
}
