// Package handlers serves the sign-in pages through a wrapper that hands
// each handler the request's session in a field.
package handlers

import (
	"errors"
	"net/http"

	"github.com/gorilla/sessions"

	"ownstore/request"
)

type accounts interface {
	InternalLogin(email, password string) (*request.AuthUser, error)
	ValidateResetToken(token string) (*request.AuthUser, error)
}

type Handlers struct {
	Store    sessions.Store
	Accounts accounts
}

func (h *Handlers) handle(fn func(req *request.AuthReq) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ses, _ := h.Store.Get(r, "session")
		req := &request.AuthReq{Request: r, Response: w, Session: ses}
		if err := fn(req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		sessions.Save(r, w)
	}
}

func (h *Handlers) Routes(mux *http.ServeMux) {
	mux.Handle("/auth/login", h.handle(h.loginProc))
	mux.Handle("/auth/login-renewed", h.handle(h.loginRenewedProc))
	mux.Handle("/auth/closure", h.handle(h.closureLoginProc))
	mux.Handle("/auth/closure-renewed", h.handle(h.closureRenewedProc))
	mux.Handle("/auth/reset", h.handle(h.resetForm))
	mux.HandleFunc("/auth/switch", h.switchAccount)
}

func (h *Handlers) loginProc(req *request.AuthReq) error {
	email := req.Request.PostFormValue("email")
	user, err := h.Accounts.InternalLogin(email, req.Request.PostFormValue("password"))
	if err != nil {
		return errors.New("invalid credentials")
	}
	req.User = user
	req.User.Save(req.Session) // want `Save stores user identity in the session before its ID is renewed`
	return nil
}

func (h *Handlers) loginRenewedProc(req *request.AuthReq) error {
	email := req.Request.PostFormValue("email")
	user, err := h.Accounts.InternalLogin(email, req.Request.PostFormValue("password"))
	if err != nil {
		return errors.New("invalid credentials")
	}
	request.Forget(req.Session)
	user.Save(req.Session)
	return nil
}

func (h *Handlers) closureLoginProc(req *request.AuthReq) (err error) {
	var (
		user     *request.AuthUser
		email    = req.Request.PostFormValue("email")
		password = req.Request.PostFormValue("password")
	)
	err = func() (err error) {
		if email == "" {
			return
		}
		user, err = h.Accounts.InternalLogin(email, password)
		if err != nil {
			return
		}
		req.User = request.NewAuthUser(user.ID, user.Email, req.Request.PostFormValue("keep") != "")
		req.User.Save(req.Session) // want `Save stores user identity in the session before its ID is renewed`
		return nil
	}()
	return err
}

func (h *Handlers) resetForm(req *request.AuthReq) (err error) {
	if token := req.Request.URL.Query().Get("token"); len(token) > 0 {
		var user *request.AuthUser
		user, err = h.Accounts.ValidateResetToken(token)
		if err == nil {
			req.User = request.NewAuthUser(user.ID, user.Email, false)
			if req.User.PendingOTP() {
				req.User.CompleteOTP()
			}
			req.User.Save(req.Session) // want `Save stores user identity in the session before its ID is renewed`
			return nil
		}
	}
	return nil
}

func (h *Handlers) closureRenewedProc(req *request.AuthReq) (err error) {
	var user *request.AuthUser
	err = func() (err error) {
		user, err = h.Accounts.InternalLogin(req.Request.PostFormValue("email"), req.Request.PostFormValue("password"))
		if err != nil {
			return
		}
		request.Forget(req.Session)
		req.User = user
		req.User.Save(req.Session)
		return nil
	}()
	return err
}

// currentUser is the account the request's session holds, if any.
func (h *Handlers) currentUser(r *http.Request) *request.AuthUser {
	ses, _ := h.Store.Get(r, "session")
	u, _ := ses.Values["auth-user"].(*request.AuthUser)
	return u
}

// switchAccount starts from the signed-in account and replaces it with the
// one the form's credentials find before the wrapper's function keeps it.
func (h *Handlers) switchAccount(w http.ResponseWriter, r *http.Request) {
	au := h.currentUser(r)
	user, err := h.Accounts.InternalLogin(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		return
	}
	au = request.NewAuthUser(user.ID, user.Email, false)
	h.handle(func(req *request.AuthReq) error {
		req.User = au
		req.User.Save(req.Session) // want `Save stores user identity in the session before its ID is renewed`
		return nil
	})(w, r)
}
