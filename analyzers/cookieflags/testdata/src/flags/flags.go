package flags

import "net/http"

func prefs(w http.ResponseWriter) {
	// -ignore-names=^theme$
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})
}

func csrf(w http.ResponseWriter, tok string) {
	// -js-readable="" : the CSRF token must be HttpOnly too.
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: tok, Secure: true, SameSite: http.SameSiteStrictMode}) // want `cookie "XSRF-TOKEN" is sent without HttpOnly`
}
