// Package fieldcookies builds cookies without a composite literal: made
// by new or declared as a variable, then given their fields one by one.
package fieldcookies

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

func newThenFields(w http.ResponseWriter, sid string) {
	c := new(http.Cookie) // want `^cookie "sid" is sent without HttpOnly, Secure and SameSite; set c.HttpOnly = true, c.Secure = true and c.SameSite = http.SameSiteLaxMode$`
	c.Name = "sid"
	c.Value = sid
	c.Path = "/"
	http.SetCookie(w, c)
}

func newThenFieldsHardened(w http.ResponseWriter, sid string) {
	c := new(http.Cookie)
	c.Name = "sid"
	c.Value = sid
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func declaredVariable(w http.ResponseWriter, sid string) {
	var cookie http.Cookie // want `^cookie "sid" is sent without Secure; set cookie.Secure = true$`
	cookie.Name = "sid"
	cookie.Value = sid
	cookie.HttpOnly = true
	cookie.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, &cookie)
}

// The echo idiom from its documentation.
func echoCookie(c echo.Context, token string) error {
	cookie := new(http.Cookie) // want `^cookie "auth_token" is sent without HttpOnly, Secure and SameSite; set cookie.HttpOnly = true, cookie.Secure = true and cookie.SameSite = http.SameSiteLaxMode$`
	cookie.Name = "auth_token"
	cookie.Value = token
	cookie.Expires = time.Now().Add(24 * time.Hour)
	c.SetCookie(cookie)
	return nil
}

func echoCookieHardened(c echo.Context, token string) error {
	cookie := new(http.Cookie)
	cookie.Name = "auth_token"
	cookie.Value = token
	cookie.HttpOnly = true
	cookie.Secure = true
	cookie.SameSite = http.SameSiteStrictMode
	c.SetCookie(cookie)
	return nil
}

// A deletion is not a cookie site.
func logout(c echo.Context) error {
	cookie := new(http.Cookie)
	cookie.Name = "auth_token"
	cookie.Value = ""
	cookie.MaxAge = -1
	c.SetCookie(cookie)
	return nil
}

// A literal stored into the variable is the literal's site: one report.
func literalIntoVariable(w http.ResponseWriter, sid string) {
	var c http.Cookie
	c = http.Cookie{Name: "sid", Value: sid} // want `^cookie "sid" is sent without HttpOnly, Secure and SameSite; set HttpOnly: true, Secure: true and SameSite: http.SameSiteLaxMode$`
	http.SetCookie(w, &c)
}

// A cookie the request carried, sent back to extend it: the browser sent
// only its name and value, so the attributes the code does not set again
// are unset.

func extendSession(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("session"); err == nil { // want `^cookie "session" is sent without HttpOnly, Secure and SameSite; set c.HttpOnly = true, c.Secure = true and c.SameSite = http.SameSiteLaxMode$`
		c.MaxAge = 3600
		http.SetCookie(w, c)
	}
}

func extendSessionHardened(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	c.MaxAge = 3600
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func expireSession(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("session"); err == nil {
		c.MaxAge = -1
		http.SetCookie(w, c)
	}
}

func echoExtend(c echo.Context) error {
	ck, err := c.Cookie("session") // want `^cookie "session" is sent without HttpOnly, Secure and SameSite; set ck.HttpOnly = true, ck.Secure = true and ck.SameSite = http.SameSiteLaxMode$`
	if err != nil {
		return err
	}
	ck.Expires = time.Now().Add(time.Hour)
	c.SetCookie(ck)
	return nil
}
