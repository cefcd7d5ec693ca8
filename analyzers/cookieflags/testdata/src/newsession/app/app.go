// Package app saves sessions its wrapper package makes with gorilla's
// NewSession: the options it sets before Save are all the cookie gets,
// and the site is its call of the wrapper.
package app

import (
	"net/http"

	"newsession"
)

var sameSite = http.SameSiteLaxMode

func callback(w http.ResponseWriter, r *http.Request) {
	s := newsession.NewUserSession("auth") // want `session cookie of newsession.NewUserSession is sent without HttpOnly and Secure`
	s.Options.MaxAge = 86400
	s.Options.Path = "/"
	s.Options.SameSite = sameSite
	s.Values["user"] = "u"
	_ = s.Save(r, w)
}

func hardenedCallback(w http.ResponseWriter, r *http.Request) {
	s := newsession.NewUserSession("auth")
	s.Options.MaxAge = 86400
	s.Options.Path = "/"
	s.Options.HttpOnly = true
	s.Options.Secure = true
	s.Options.SameSite = sameSite
	s.Values["user"] = "u"
	_ = s.Save(r, w)
}
