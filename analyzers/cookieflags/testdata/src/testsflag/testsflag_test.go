package testsflag

import (
	"net/http"
	"testing"
)

func TestCookie(t *testing.T) {
	_ = func(w http.ResponseWriter) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: t.Name()}) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
	}
}
