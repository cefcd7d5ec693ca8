// Package handlers serves the sign-in pages through one wrapper that gives
// each handler the request's session in a field and saves it afterwards.
package handlers

import (
	"errors"
	"net/http"

	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/ownstore/web/request"
)

// Accounts checks credentials.
type Accounts interface {
	InternalLogin(email, password string) (*request.Account, error)
	ValidateResetToken(token string) (*request.Account, error)
}

// Handlers are the sign-in pages.
type Handlers struct {
	Store    sessions.Store
	Accounts Accounts
}

func (h *Handlers) handle(fn func(req *request.AuthReq) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ses, _ := h.Store.Get(r, "session")
		req := &request.AuthReq{Request: r, Session: ses}
		if err := fn(req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_ = sessions.Save(r, w)
	}
}

// Routes registers the pages.
func (h *Handlers) Routes(mux *http.ServeMux) {
	mux.Handle("POST /auth/login", h.handle(h.loginProc))
	mux.Handle("POST /auth/login-restarted", h.handle(h.loginRestartedProc))
	mux.Handle("GET /auth/reset", h.handle(h.resetForm))
}

// loginProc checks the password inside a function literal it runs at
// once, as the application's form handlers do, then keeps the account.
func (h *Handlers) loginProc(req *request.AuthReq) (err error) {
	var (
		account  *request.Account
		email    = req.Request.PostFormValue("email")
		password = req.Request.PostFormValue("password")
	)
	err = func() (err error) {
		if email == "" {
			return errors.New("e-mail required")
		}
		account, err = h.Accounts.InternalLogin(email, password)
		if err != nil {
			return
		}
		req.User = request.NewAuthUser(account, req.Request.PostFormValue("remember") != "")
		req.User.Save(req.Session) // e2e: sessionfixation
		return nil
	}()
	return err
}

// loginRestartedProc is loginProc with the session restarted first.
func (h *Handlers) loginRestartedProc(req *request.AuthReq) error {
	account, err := h.Accounts.InternalLogin(req.Request.PostFormValue("email"), req.Request.PostFormValue("password"))
	if err != nil {
		return err
	}
	request.Restart(req.Session)
	req.User = request.NewAuthUser(account, false)
	req.User.Save(req.Session) // e2e: clean
	return nil
}

// resetForm signs in the holder of a password-reset link.
func (h *Handlers) resetForm(req *request.AuthReq) error {
	token := req.Request.URL.Query().Get("token")
	if token == "" {
		return nil
	}
	account, err := h.Accounts.ValidateResetToken(token)
	if err != nil {
		return err
	}
	req.User = request.NewAuthUser(account, false)
	req.User.Save(req.Session) // e2e: sessionfixation
	return nil
}
