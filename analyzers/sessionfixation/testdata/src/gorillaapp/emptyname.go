package gorillaapp

import "net/http"

// setName keeps the caller's user name.
func setName(w http.ResponseWriter, r *http.Request, name string) {
	s, _ := store.Get(r, "sid")
	s.Values["username"] = name
	_ = s.Save(r, w)
}

// providerReturn signs in the account the provider's answer names; where
// the answer names none, the branch keeps the empty name, which signs
// nobody in.
func providerReturn(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	name, _ := tok.Extra("login").(string)
	if name != "" {
		setName(w, r, name) // want `^setName stores user identity in the session before its ID is renewed`
	} else {
		setName(w, r, name)
	}
	if name == "" {
		setName(w, r, name)
		return
	}
}
