// Package frontend hands values to its own single-page front-end through
// cookies: the front-end (web/src/app.js) reads them, so they cannot be
// HttpOnly; Secure and SameSite are still asked for.
package frontend

import (
	"encoding/json"
	"net/http"
)

type brand struct{ Logo, Footer string }

func setBrand(w http.ResponseWriter, b brand) {
	data, _ := json.Marshal(b)
	http.SetCookie(w, &http.Cookie{Name: "brandData", Value: string(data), Path: "/"}) // want `cookie "brandData" is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode`
	http.SetCookie(w, &http.Cookie{Name: "brandData", Value: string(data), Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})
}

// The front-end mentions "accessToken" but never next to a cookie: the
// token cookie still needs HttpOnly.
func setToken(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "accessToken", Value: tok, Path: "/", Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "accessToken" is sent without HttpOnly`
}

// A preference is not a secret: only Secure and SameSite are asked for.
func setLang(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: r.URL.Query().Get("lang"), Path: "/"}) // want `cookie "lang" is sent without Secure and SameSite`
}

// A prefixed preference is still a preference.
func setTheme(w http.ResponseWriter, theme string) {
	http.SetCookie(w, &http.Cookie{Name: "__app_theme", Value: theme, Path: "/"}) // want `cookie "__app_theme" is sent without Secure and SameSite`
}
