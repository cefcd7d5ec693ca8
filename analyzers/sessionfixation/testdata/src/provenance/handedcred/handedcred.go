// Package handedcred finishes an external login in helpers: the callback
// takes the provider's answer and hands it down two calls to the function
// that finds the local account for it and stores it, inside a closure the
// application's handle wrapper runs with the request's session.
package handedcred

import (
	"context"
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
)

type Account struct {
	ID    string
	Roles []string
}

type Accounts interface {
	External(ctx context.Context, who goth.User) (*Account, error)
}

type Req struct {
	Session *sessions.Session
	Account *Account
}

// Provider completes the external login; the application has one
// implementation per kind of provider, in another package.
type Provider interface {
	CompleteUserAuth(w http.ResponseWriter, r *http.Request) (*goth.User, error)
}

type Handlers struct {
	Store    *sessions.FilesystemStore
	Accounts Accounts
	SAML     Provider
}

// handle gives fn the request's session and saves it afterwards.
func (h *Handlers) handle(fn func(req *Req) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sess, err := h.Store.Get(r, "auth")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := fn(&Req{Session: sess}); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		_ = sess.Save(r, w)
	}
}

func keep(sess *sessions.Session, a *Account) {
	sess.Values["account"] = a.ID
	sess.Values["roles"] = a.Roles
}

func (h *Handlers) Callback(w http.ResponseWriter, r *http.Request) {
	who, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	h.succeeded(w, r, who)
}

func (h *Handlers) succeeded(w http.ResponseWriter, r *http.Request, who goth.User) {
	if who.Provider == "" {
		return
	}
	h.signIn(w, r, who)
}

func (h *Handlers) signIn(w http.ResponseWriter, r *http.Request, who goth.User) {
	acct, err := h.Accounts.External(r.Context(), who)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	h.handle(func(req *Req) error {
		req.Account = acct
		keep(req.Session, req.Account) // want `keep stores user identity in the session before its ID is renewed`
		return nil
	})(w, r)
}

// The renewed twin: the old record expires and the store mints a new ID.
func (h *Handlers) CallbackRenewed(w http.ResponseWriter, r *http.Request) {
	who, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	h.succeededRenewed(w, r, who)
}

func (h *Handlers) succeededRenewed(w http.ResponseWriter, r *http.Request, who goth.User) {
	h.signInRenewed(w, r, who)
}

func (h *Handlers) signInRenewed(w http.ResponseWriter, r *http.Request, who goth.User) {
	acct, err := h.Accounts.External(r.Context(), who)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	h.handle(func(req *Req) error {
		req.Session.Options.MaxAge = -1
		if err := req.Session.Save(nil, nil); err != nil {
			return err
		}
		req.Session.ID = ""
		req.Session.Options.MaxAge = 86400
		keep(req.Session, acct)
		return nil
	})(w, r)
}

// SAMLCallback completes the login through the application's own
// interface, named for what it does.
func (h *Handlers) SAMLCallback(w http.ResponseWriter, r *http.Request) {
	who, err := h.SAML.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	h.enter(w, r, *who)
}

func (h *Handlers) enter(w http.ResponseWriter, r *http.Request, who goth.User) {
	acct, err := h.Accounts.External(r.Context(), who)
	if err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	h.handle(func(req *Req) error {
		keep(req.Session, acct) // want `keep stores user identity in the session before its ID is renewed`
		return nil
	})(w, r)
}

// Preferences are read with the request too, but nothing completes a
// login: the account stored is the one the session already holds.
type Preferences interface {
	Load(w http.ResponseWriter, r *http.Request) (*goth.User, error)
}

func (h *Handlers) Theme(prefs Preferences) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		who, err := prefs.Load(w, r)
		if err != nil {
			return
		}
		h.enterQuietly(w, r, *who)
	}
}

func (h *Handlers) enterQuietly(w http.ResponseWriter, r *http.Request, who goth.User) {
	acct, err := h.Accounts.External(r.Context(), who)
	if err != nil {
		return
	}
	h.handle(func(req *Req) error {
		keep(req.Session, acct)
		return nil
	})(w, r)
}
