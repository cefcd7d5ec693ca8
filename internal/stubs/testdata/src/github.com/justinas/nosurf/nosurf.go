// Package nosurf is a stub of github.com/justinas/nosurf (v1.2.0): the
// token cookie is the base cookie (MaxAge a year, nothing else) unless
// SetBaseCookie replaces it.
package nosurf

import "net/http"

const CookieName = "csrf_token"

type CSRFHandler struct {
	successHandler http.Handler
	baseCookie     http.Cookie
}

func New(handler http.Handler) *CSRFHandler {
	return &CSRFHandler{successHandler: handler, baseCookie: http.Cookie{MaxAge: 365 * 24 * 60 * 60}}
}

func NewPure(handler http.Handler) http.Handler { return New(handler) }

func (h *CSRFHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

func (h *CSRFHandler) SetBaseCookie(cookie http.Cookie) { h.baseCookie = cookie }

func (h *CSRFHandler) ExemptPath(path string) {}

func Token(r *http.Request) string { return "" }
