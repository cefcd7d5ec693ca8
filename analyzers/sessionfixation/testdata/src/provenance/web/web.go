// Package web logs users in without a check sessionlint recognises: the
// account comes from the application's own interfaces, services and OAuth
// client, given what the request sent. Each login has a renewed twin.
package web

import (
	"net/http"

	"github.com/alexedwards/scs/v2"

	"provenance/accounts"
	"provenance/oauthclient"
)

var sm = scs.New()

// An interface-typed package variable finds the account.
func login(w http.ResponseWriter, r *http.Request) {
	acct, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "account", acct.ID) // want `^user identity is stored in the session before its ID is renewed; call sm.RenewToken\(ctx\) first$`
}

func loginRenewed(w http.ResponseWriter, r *http.Request) {
	acct, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "account", acct.ID)
}

// A hasher behind an interface (two implementations) compares the
// password with the hash of the account the e-mail found.
func signIn(h accounts.Hasher) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := accounts.Accounts.ByEmail(r.Context(), r.PostFormValue("email"))
		if err != nil || !h.Compare(r.PostFormValue("password"), a.Hash) {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		sm.Put(r.Context(), "uid", a.ID) // want `^user identity is stored in the session before its ID is renewed`
	}
}

func signInRenewed(h accounts.Hasher) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := accounts.Accounts.ByEmail(r.Context(), r.PostFormValue("email"))
		if err != nil || !h.Compare(r.PostFormValue("password"), a.Hash) {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		if err := sm.RenewToken(r.Context()); err != nil {
			return
		}
		sm.Put(r.Context(), "uid", a.ID)
	}
}

// A service in another package authenticates; the handler is a closure a
// factory returns.
func PostLoginForm(svc *accounts.Service) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := svc.Authenticate(r.Context(), r.FormValue("email"), r.FormValue("password"))
		if err != nil {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		sm.Put(r.Context(), "user_id", a.ID) // want `^user identity is stored in the session before its ID is renewed`
	}
}

func PostLoginFormRenewed(svc *accounts.Service) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := svc.Authenticate(r.Context(), r.FormValue("email"), r.FormValue("password"))
		if err != nil {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		if err := sm.RenewToken(r.Context()); err != nil {
			return
		}
		sm.Put(r.Context(), "user_id", a.ID)
	}
}

// An OAuth callback with a hand-written exchange: the local account is
// found or created for the provider's answer to the code.
func oauthCallback(w http.ResponseWriter, r *http.Request) {
	info, err := oauthclient.GetUserInfoByCode(r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	a, err := accounts.Accounts.FindOrCreate(r.Context(), info.Email)
	if err != nil {
		return
	}
	sm.Put(r.Context(), "user_id", a.ID) // want `^user identity is stored in the session before its ID is renewed`
}

func oauthCallbackRenewed(w http.ResponseWriter, r *http.Request) {
	info, err := oauthclient.GetUserInfoByCode(r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	a, err := accounts.Accounts.FindOrCreate(r.Context(), info.Email)
	if err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user_id", a.ID)
}

// A federated sign-in: the instance's "current account" for the token the
// code bought is who signs in (not a logged-in user read back), kept
// under a typed key.
type sessionKey int

const keyAccountID sessionKey = 0

func fediCallback(w http.ResponseWriter, r *http.Request) {
	inst := &oauthclient.Instance{Domain: r.PathValue("instance")}
	p := oauthclient.Providers["mastodon"]
	token, err := p.GetAccessToken(inst, r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	acct, err := p.GetCurrentAccount(inst, token)
	if err != nil {
		return
	}
	sm.Put(r.Context(), "account_id", acct.ID) // want `^user identity is stored in the session before its ID is renewed`
	_ = keyAccountID
}

func fediCallbackRenewed(w http.ResponseWriter, r *http.Request) {
	inst := &oauthclient.Instance{Domain: r.PathValue("instance")}
	p := oauthclient.Providers["mastodon"]
	token, err := p.GetAccessToken(inst, r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	acct, err := p.GetCurrentAccount(inst, token)
	if err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "account_id", acct.ID)
}

// The application's own key and type: a profile loaded by the ID of the
// account the credentials found.
func loginProfile(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	p, _ := accounts.LoadProfile(r.Context(), a.ID)
	sm.Put(r.Context(), "current", p) // want `^user identity is stored in the session before its ID is renewed`
}

func loginProfileRenewed(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	p, _ := accounts.LoadProfile(r.Context(), a.ID)
	sm.Put(r.Context(), "current", p)
}

// The posted name itself is the identity, after a check the name and
// password passed.
func staffLogin(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("username")
	if err := accounts.Staff.Authenticate(name, r.PostFormValue("password")); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "username", name) // want `^user identity is stored in the session before its ID is renewed`
}

func staffLoginRenewed(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("username")
	if err := accounts.Staff.Authenticate(name, r.PostFormValue("password")); err != nil {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "username", name)
}

// Not logins.

// The account of the session's own user, refreshed after an edit: the
// record is found by the session's ID, whatever the form changed.
func updateEmail(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Accounts.ByID(r.Context(), int64(sm.GetInt(r.Context(), "user_id")))
	if err != nil {
		return
	}
	a.Email = r.FormValue("email")
	sm.Put(r.Context(), "email", a.Email)
}

// The e-mail a visitor typed, kept for the next form: no account was
// found or checked.
func rememberEmail(w http.ResponseWriter, r *http.Request) {
	sm.Put(r.Context(), "email", r.FormValue("email"))
}

// An administrator edits another account: their own session only gets a
// flash message.
func adminEditUser(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Accounts.ByID(r.Context(), 7)
	if err != nil {
		return
	}
	a.Email = r.FormValue("email")
	sm.Put(r.Context(), "flash", "updated "+a.Email)
}

// A lookup whose failure path writes: the error is handled, nobody logs
// in.
func lookupFailure(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Accounts.ByEmail(r.Context(), r.FormValue("email"))
	if err != nil {
		sm.Put(r.Context(), "last_failed_user", a)
		return
	}
}

// The first step of a WebAuthn login keeps the challenge made for the
// account the name found: nobody is logged in yet.
func beginWebAuthn(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Accounts.ByEmail(r.Context(), r.PathValue("username"))
	if err != nil {
		return
	}
	ch, err := accounts.BeginLogin(a)
	if err != nil {
		return
	}
	sm.Put(r.Context(), "webauthn-session", ch)
}

// The sign-up that finishes an OAuth login: the callback kept the
// provider's e-mail in the session, the form brings the chosen name, and
// the account made from both logs the user in.
func finishSignup(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.CreateUser(r.Context(), sm.GetString(r.Context(), "oauth_email"), r.PostFormValue("username"))
	if err != nil {
		return
	}
	sm.Put(r.Context(), "user_id", a.ID) // want `^user identity is stored in the session before its ID is renewed`
}

func finishSignupRenewed(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.CreateUser(r.Context(), sm.GetString(r.Context(), "oauth_email"), r.PostFormValue("username"))
	if err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user_id", a.ID)
}

// A hard-coded password.
func adminLogin(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") != "password123" {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "is_admin", true) // want `^user identity is stored in the session before its ID is renewed`
}

func adminLoginRenewed(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") != "password123" {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "is_admin", true)
}

// A sign-up: the account is made from the form and stored.
func signup(w http.ResponseWriter, r *http.Request) {
	a := accounts.Account{Email: r.PostFormValue("email")}
	if err := accounts.Accounts.Insert(r.Context(), &a); err != nil {
		return
	}
	sm.Put(r.Context(), "user_id", a.ID) // want `^user identity is stored in the session before its ID is renewed`
}

func signupRenewed(w http.ResponseWriter, r *http.Request) {
	a := accounts.Account{Email: r.PostFormValue("email")}
	if err := accounts.Accounts.Insert(r.Context(), &a); err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user_id", a.ID)
}

// A helper of the handlers above writes what its callers found: judged at
// its calls, not inside it.
func keep(r *http.Request, a *accounts.Account) {
	sm.Put(r.Context(), "user_id", a.ID)
}

func loginThroughHelper(w http.ResponseWriter, r *http.Request) {
	a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
	if err != nil {
		return
	}
	keep(r, a) // want `^keep stores user identity in the session before its ID is renewed`
}

// Server holds the session manager; its helper writes through its own
// receiver, a name the handler does not have: the advice cannot name it.
type Server struct {
	SessionManager *scs.SessionManager
}

func (s *Server) keepUser(r *http.Request, id int64) {
	s.SessionManager.Put(r.Context(), "user_id", id)
}

func loginWithServer(srv *Server) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, err := accounts.Default.Verify(r.Context(), r.FormValue("email"), r.FormValue("password"))
		if err != nil {
			return
		}
		srv.keepUser(r, a.ID) // want `^keepUser stores user identity in the session before its ID is renewed; in keepUser, call s.SessionManager.RenewToken\(ctx\) first$`
	}
}
