package flamegoapp

import (
	"context"
	"crypto/subtle"
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
	"golang.org/x/crypto/bcrypt"

	appctx "flamegoapp/ctx"
	"users"
)

// The Sessioner injects session.Session (and session.Store) into the
// handlers: a Session parameter is the request's session, saved after the
// handlers. RegenerateID is broken on the default memory store, so the app
// uses the file store.
func Setup(f *flamego.Flame) {
	f.Use(session.Sessioner(session.Options{Initer: session.FileIniter()}))
	f.Post("/login", login)
	f.Post("/login-good", loginGood)
}

func login(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s.Set("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed; call s.RegenerateID\(w, r\) first \(with a store other than the default memory store\)$`
}

func loginGood(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if err := s.RegenerateID(w, r); err != nil {
		http.Error(w, "", http.StatusInternalServerError)
		return
	}
	s.Set("uid", u.ID)
}

// The session is saved after the handler: a renewal after the write, still
// in the handler, counts.
func loginRegenerateAfter(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s.Set("uid", u.ID)
	_ = s.RegenerateID(w, r)
}

// The flamego.Context form of the same handler.
func loginContext(c flamego.Context, s session.Session) {
	r := c.Request().Request
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if err := s.RegenerateID(c.ResponseWriter(), r); err != nil {
		return
	}
	s.Set("uid", u.ID)
	c.Redirect("/")
}

func loginFlush(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s.Flush()
	s.Set("uid", u.ID) // want `\(Flush keeps the session ID\); call s.RegenerateID\(w, r\) first`
}

// Destroy deletes the record; the end-of-request Save re-creates it under
// the same ID, now with the identity.
func loginDestroy(w http.ResponseWriter, r *http.Request, s session.Session, store session.Store) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = store.Destroy(r.Context(), s.ID())
	s.Set("uid", u.ID) // want `\(Destroy keeps the session ID\)`
}

// Destroying the old record and regenerating: the full renewal.
func loginDestroyRegenerate(w http.ResponseWriter, r *http.Request, s session.Session, store session.Store) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = store.Destroy(r.Context(), s.ID())
	if err := s.RegenerateID(w, r); err != nil {
		return
	}
	s.Set("uid", u.ID)
}

// Renewing only when "remember me" is ticked leaves the other path open.
func loginBranch(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if r.FormValue("remember") != "" {
		_ = s.RegenerateID(w, r)
	}
	s.Set("uid", u.ID) // want `before its ID is renewed`
}

// An explicit Save persists before the renewal that follows it.
func loginSaveFirst(w http.ResponseWriter, r *http.Request, s session.Session, store session.Store) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s.Set("uid", u.ID) // want `before its ID is renewed`
	_ = store.Save(context.Background(), s)
	_ = s.RegenerateID(w, r)
}

// A helper that logs the user in without renewing: reported at its call.
func signIn(s session.Session, u *users.User) {
	s.Set("uid", u.ID)
	s.Set("uname", u.Email)
}

func loginHelper(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	signIn(s, u) // want `signIn stores user identity in the session before its ID is renewed`
}

func loginHelperGood(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if err := s.RegenerateID(w, r); err != nil {
		return
	}
	signIn(s, u)
}

func loginPreferences(w http.ResponseWriter, r *http.Request, s session.Session) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	s.Set("theme", u.Theme)
}

func logout(s session.Session) {
	s.Delete("uid")
	s.Flush()
}

// A form flamego's binding fills, injected beside the application's own
// context: the account a store finds for it is who logs in.
type loginForm struct {
	Email    string `form:"email" valid:"required;email"`
	Password string `form:"password" valid:"required"`
}

// Accounts checks credentials somewhere the analysis does not see.
type Accounts interface {
	Authenticate(email, password string) (*users.User, error)
}

var accounts Accounts

func LoginAction(c appctx.Context, f loginForm) {
	u, err := accounts.Authenticate(f.Email, f.Password)
	if err != nil {
		return
	}
	c.Session.Set("uid", u.ID) // want `^user identity is stored in the session before its ID is renewed`
}

func LoginActionRenewed(c appctx.Context, f loginForm) {
	u, err := accounts.Authenticate(f.Email, f.Password)
	if err != nil {
		return
	}
	if err := c.Session.RegenerateID(c.ResponseWriter(), c.Request().Request); err != nil {
		return
	}
	c.Session.Set("uid", u.ID)
}

// A shared password, and the application's own private-looking key.
var adminPassword = []byte("from the environment")

func adminSignIn(r *http.Request, s session.Session) {
	if subtle.ConstantTimeCompare(adminPassword, []byte(r.FormValue("password"))) != 1 {
		return
	}
	s.Set("_isAuthenticated", true) // want `^user identity is stored in the session before its ID is renewed`
}

func adminSignInRenewed(w http.ResponseWriter, r *http.Request, s session.Session) {
	if subtle.ConstantTimeCompare(adminPassword, []byte(r.FormValue("password"))) != 1 {
		return
	}
	if err := s.RegenerateID(w, r); err != nil {
		return
	}
	s.Set("_isAuthenticated", true)
}
