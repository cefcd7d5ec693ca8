package scsapp

import (
	"context"
	"crypto/subtle"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/oauth2"

	"scshelp"
	"users"
)

var sm = scs.New()

var adminKey = []byte("secret")

var oauthConf = &oauth2.Config{}

func loginBad(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // want `^user identity is stored in the session before its ID is renewed; call sm.RenewToken\(ctx\) first$`
}

func loginRenewFirst(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
}

// The renewal's error is ignored: it still renews.
func loginRenewIgnored(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	ctx := r.Context()
	_ = sm.RenewToken(ctx)
	sm.Put(ctx, "userID", u.ID)
}

// scs commits at the end of the request: a renewal after the write counts.
func loginRenewAfter(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
	sm.RenewToken(r.Context())
}

// A renewal at the top of the handler, before the credential check.
func loginRenewTop(w http.ResponseWriter, r *http.Request) {
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
}

func loginClear(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Clear(r.Context())
	sm.Put(r.Context(), "userID", u.ID) // want `^user identity is stored in the session before its ID is renewed \(Clear keeps the session ID\); call sm.RenewToken\(ctx\) first$`
}

func loginRemove(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Remove(r.Context(), "userID")
	sm.Put(r.Context(), "userID", u.ID) // want `\(Remove keeps the session ID\)`
}

func loginMerge(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = sm.MergeSession(r.Context(), r.FormValue("token"))
	sm.Put(r.Context(), "userID", u.ID) // want `\(MergeSession keeps the session ID\)`
}

// Destroy followed by Put gives the session a new token.
func loginDestroy(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	_ = sm.Destroy(r.Context())
	sm.Put(r.Context(), "userID", u.ID)
}

// A renewal on one branch only does not count.
func loginRemember(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if r.FormValue("remember") != "" {
		_ = sm.RenewToken(r.Context())
	}
	sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}

// Helpers, in this package and in another (facts).
func renew(r *http.Request) {
	if err := sm.RenewToken(r.Context()); err != nil {
		panic(err)
	}
}

func setUser(r *http.Request, u *users.User) {
	sm.Put(r.Context(), "userID", u.ID)
}

func loginHelperRenews(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	renew(r)
	sm.Put(r.Context(), "userID", u.ID)
}

func loginOtherPackageRenews(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if err := scshelp.Renew(r); err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID)
	scshelp.RenewCtx(r.Context())
}

func loginHelperWrites(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	setUser(r, u) // want `^setUser stores user identity in the session before its ID is renewed; call sm.RenewToken\(ctx\) first$`
}

func loginOtherPackageWrites(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	scshelp.SetUser(r.Context(), u.ID) // want `^SetUser stores user identity in the session before its ID is renewed; call scshelp.SM.RenewToken\(ctx\) first$`
	scshelp.SetTheme(r.Context(), u.Theme)
}

func loginOtherPackageSafe(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	if err := scshelp.LogIn(r.Context(), u.ID); err != nil {
		return
	}
}

// A helper that writes, followed by a renewal in the handler.
func loginHelperWritesThenRenew(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	setUser(r, u)
	renew(r)
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	sm.Put(r.Context(), "user", tok.AccessToken) // want `before its ID is renewed`
}

func callbackSafe(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "oauth", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user", tok.AccessToken)
}

// The provider's token is the identity: whoever holds the session acts
// with it.
func callbackToken(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	keepToken(r, tok.AccessToken) // want `^keepToken stores user identity in the session before its ID is renewed; call sm.RenewToken\(ctx\) first$`
}

func callbackTokenRenewed(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	_ = sm.RenewToken(r.Context())
	keepToken(r, tok.AccessToken)
}

// An API token cached for the user already signed in, looked up by the
// posted account: no provider answered, no login.
func accountToken(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	keepToken(r, u.Email)
}

func keepToken(r *http.Request, token string) {
	sm.Put(r.Context(), "access_token", token)
}

func signup(w http.ResponseWriter, r *http.Request) {
	hash, err := bcrypt.GenerateFromPassword([]byte(r.FormValue("password")), bcrypt.DefaultCost)
	if err != nil {
		return
	}
	u, err := users.Create(r.FormValue("email"), hash)
	if err != nil {
		return
	}
	sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}

// An API key elevates the session to admin.
func elevate(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Admin-Key")), adminKey) != 1 {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sm.Put(r.Context(), "is_admin", true) // want `before its ID is renewed`
}

// Writes that are not identity, after a login.
func loginPreferences(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	sm.Put(r.Context(), "flash", "Welcome back, "+u.Email)
	sm.Put(r.Context(), "theme", u.Theme)
	sm.Put(r.Context(), "cart", []int{1, 2})
	sm.Put(r.Context(), "user_theme", u.Theme)
}

func logout(w http.ResponseWriter, r *http.Request) {
	sm.Remove(r.Context(), "userID")
	_ = sm.Destroy(r.Context())
}

// No authentication: a profile update writes the new email.
func updateProfile(w http.ResponseWriter, r *http.Request) {
	email := r.FormValue("email")
	sm.Put(r.Context(), "email", email)
}

// A deferred renewal runs before the end-of-request commit.
func loginDeferred(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	defer sm.RenewToken(r.Context())
	sm.Put(r.Context(), "userID", u.ID)
}

// A renewal in a goroutine does not count.
func loginGoroutine(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	go sm.RenewToken(r.Context())
	sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}

// Method values.
func loginMethodValue(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	renewToken := sm.RenewToken
	_ = renewToken(r.Context())
	put := sm.Put
	put(r.Context(), "userID", u.ID)
}

func loginMethodValueBad(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	put := sm.Put
	put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}

// Generics: a generic helper that writes.
func putValue[T any](ctx context.Context, key string, v T) {
	sm.Put(ctx, key, v)
}

func loginGeneric(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	putValue(r.Context(), "userID", u.ID) // want `putValue stores user identity`
}

// Closures: handlers passed to a router are analysed as functions.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		u, err := users.FindByEmail(r.FormValue("email"))
		if err != nil {
			return
		}
		if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
			return
		}
		sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
	})
	mux.HandleFunc("POST /login2", func(w http.ResponseWriter, r *http.Request) {
		u, err := users.FindByEmail(r.FormValue("email"))
		if err != nil {
			return
		}
		if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
			return
		}
		ctx := r.Context()
		func() {
			_ = sm.RenewToken(ctx)
		}()
		sm.Put(ctx, "userID", u.ID)
	})
}

type service struct{}

// logIn authenticates and writes: reported here, not at its callers.
func (s *service) logIn(ctx context.Context, email, password string) error {
	u, err := users.FindByEmail(email)
	if err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)); err != nil {
		return err
	}
	sm.Put(ctx, "userID", u.ID) // want `before its ID is renewed`
	return nil
}

var svc = &service{}

func loginService(w http.ResponseWriter, r *http.Request) {
	if err := svc.logIn(r.Context(), r.FormValue("email"), r.FormValue("password")); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if err := scshelp.Authenticate(r.Context(), r.FormValue("email"), r.FormValue("password")); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
}

// A deferred write runs when the handler returns: after any renewal.
func loginDeferredWrite(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	defer sm.Put(r.Context(), "userID", u.ID) // want `before its ID is renewed`
}

func loginDeferredWriteRenewed(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return
	}
	defer sm.Put(r.Context(), "userID", u.ID)
	_ = sm.RenewToken(r.Context())
}

// accounts checks credentials behind an interface, as a model of the
// application's would, and answers with the account's ID.
type accounts interface {
	Authenticate(email, password string) (int, error)
}

type server struct {
	accounts accounts
	sessions *scs.SessionManager
}

// loginPost keeps the ID under a camel-case key naming the authenticated
// user.
func (s *server) loginPost(w http.ResponseWriter, r *http.Request) {
	id, err := s.accounts.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	s.sessions.Put(r.Context(), "flash", "Signed in.")
	s.sessions.Put(r.Context(), "authenticatedUserID", id) // want `call s.sessions.RenewToken\(ctx\) first`
}

func (s *server) loginPostRenewed(w http.ResponseWriter, r *http.Request) {
	id, err := s.accounts.Authenticate(r.PostFormValue("email"), r.PostFormValue("password"))
	if err != nil {
		http.Error(w, "bad credentials", http.StatusUnauthorized)
		return
	}
	if err := s.sessions.RenewToken(r.Context()); err != nil {
		http.Error(w, "session", http.StatusInternalServerError)
		return
	}
	s.sessions.Put(r.Context(), "authenticatedUserID", id)
}

// hashedAccounts is the application's implementation of accounts; a test
// double may implement it too.
type hashedAccounts struct{}

func (hashedAccounts) Authenticate(email, password string) (int, error) {
	u, err := users.FindByEmail(email)
	if err != nil {
		return 0, err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(password)); err != nil {
		return 0, err
	}
	return u.ID, nil
}

type fakeAccounts struct{}

func (fakeAccounts) Authenticate(email, password string) (int, error) { return 1, nil }

// handleForm is named like no login: the check is found in the
// implementation of the interface it calls.
func (s *server) handleForm(w http.ResponseWriter, r *http.Request) {
	if _, err := s.accounts.Authenticate(r.PostFormValue("email"), r.PostFormValue("password")); err != nil {
		return
	}
	s.sessions.Put(r.Context(), "authenticated", true) // want `call s.sessions.RenewToken\(ctx\) first`
}

func (s *server) handleFormRenewed(w http.ResponseWriter, r *http.Request) {
	if _, err := s.accounts.Authenticate(r.PostFormValue("email"), r.PostFormValue("password")); err != nil {
		return
	}
	_ = s.sessions.RenewToken(r.Context())
	s.sessions.Put(r.Context(), "authenticated", true)
}
