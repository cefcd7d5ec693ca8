package fixes

import (
	"net/http"

	"github.com/gin-gonic/gin"
	irissessions "github.com/kataras/iris/v12/sessions"
)

func host(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: v, Domain: "example.com", HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `the __Host- prefix requires Secure, Path "/" and no Domain`
	c := &http.Cookie{                                                                                                                   // want `the __Host- prefix requires Path "/" and no Domain`
		Name:     "__Host-sid",
		Value:    v,
		Path:     "/app",
		Domain:   "example.com",
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	http.SetCookie(w, c)
}

func suffix(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "a", Value: v, Domain: "co.jp", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "a" has Domain "co.jp", a public suffix`
}

func ginHost(c *gin.Context, v string) {
	c.SetCookie("__Host-sid", v, 3600, "/app", "example.com", true, true) // want `the __Host- prefix requires Path "/" and no Domain`
}

var iris = irissessions.New(irissessions.Config{Cookie: "sid", CookieSecureTLS: true}) // want `scoped to the registrable domain`
