package usehelper

import (
	"net/http"

	"helper"
)

func viaFacts(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid}
	helper.Harden(c)
	helper.Send(w, c)
}

func sentByHelper(w http.ResponseWriter, sid string) {
	helper.Send(w, &http.Cookie{Name: "sid", Value: sid}) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
}

func fromFactories(w http.ResponseWriter, sid string) {
	// Reported in package helper, not at each caller.
	http.SetCookie(w, helper.SessionCookie(sid))
	http.SetCookie(w, helper.SafeCookie(sid))
}
