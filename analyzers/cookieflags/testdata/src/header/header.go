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

// Response types generated from an API description carry the header in a
// field; the generated code writes it.
type loginResponseHeaders struct {
	SetCookie *string
}

type loginResponse struct {
	Headers loginResponseHeaders
	Body    string
}

func ptr[T any](v T) *T { return &v }

func generatedResponse(sid string) loginResponse {
	c := http.Cookie{Name: "challenge", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode} // want `cookie "challenge" is sent without SameSite`
	return loginResponse{Headers: loginResponseHeaders{SetCookie: ptr(c.String())}}
}

func generatedResponseHardened(sid string) loginResponse {
	c := http.Cookie{Name: "challenge", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode}
	return loginResponse{Headers: loginResponseHeaders{SetCookie: ptr(c.String())}}
}

type flatHeaders struct{ Set_Cookie string }

func generatedFlat(sid string) flatHeaders {
	c := &http.Cookie{Name: "sid", Value: sid, Secure: true, SameSite: http.SameSiteLaxMode} // want `cookie "sid" is sent without HttpOnly`
	return flatHeaders{Set_Cookie: c.String()}
}

// A cookie string logged is sent nowhere.
func logged(sid string) string {
	c := &http.Cookie{Name: "sid", Value: sid}
	return "cookie " + c.String()
}
