package facts

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/sessions"
)

func Harden(c *http.Cookie) { // want Harden:`cookieParams\(0: HttpOnly="true" Secure="true"\)`
	c.Secure = true
	c.HttpOnly = true
}

func Maybe(c *http.Cookie, on bool) { // want Maybe:`cookieParams\(0: Secure=\?\)`
	if on {
		c.Secure = true
	}
}

func Send(w http.ResponseWriter, c *http.Cookie) { // want Send:`cookieParams\(1: sends\(browser\)\)`
	http.SetCookie(w, c)
}

func Lax(c *gin.Context) { // want Lax:`cookieParams\(0: setsSameSite=SameSite="Lax"\)`
	c.SetSameSite(http.SameSiteLaxMode)
}

func Configure(s *sessions.CookieStore) { // want Configure:`cookieParams\(0: HttpOnly="true"\)`
	s.Options.HttpOnly = true
}

func Nothing(c *http.Cookie) string { return c.Name }
