package gorillaapp

import (
	"crypto/subtle"
	"errors"
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/oauth2"

	"gorillahelp"
	"users"
)

var store = sessions.NewFilesystemStore("", []byte("hash-key"))

var cookieStore = sessions.NewCookieStore([]byte("hash-key"))

// An interface-typed variable that only ever holds a CookieStore.
var ifaceStore sessions.Store = sessions.NewCookieStore([]byte("hash-key"))

// An interface-typed variable assigned a server-side store in init.
var configured sessions.Store

func init() {
	configured = sessions.NewFilesystemStore("/tmp")
}

var oauthConf = &oauth2.Config{}

var adminKey = []byte("admin")

// authenticate checks the form's credentials.
func authenticate(r *http.Request) (*users.User, error) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		return nil, err
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		return nil, errors.New("bad password")
	}
	return u, nil
}

func loginBad(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `^user identity is stored in the session before its ID is renewed; set s.ID = "" \(after expiring the old record with Options.MaxAge = -1 and Save\) before Save$`
	_ = s.Save(r, w)
}

func loginGood(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
	s.Options.MaxAge = 86400
	s.ID = ""
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
}

// The ID is cleared after the write but before Save.
func loginResetAfterWrite(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID
	s.ID = ""
	_ = s.Save(r, w)
}

// The ID is cleared only after the first Save persisted the identity.
func loginResetAfterSave(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = s.Save(r, w)
	s.ID = ""
	_ = s.Save(r, w)
}

// The package-level Save saves every session of the request.
func loginSaveAll(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = sessions.Save(r, w)
	s.ID = ""
}

func loginResetTop(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "sid")
	s.ID = ""
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
}

func loginClearValues(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values = map[interface{}]interface{}{}
	s.Values["user_id"] = u.ID // want `^user identity is stored in the session before its ID is renewed \(clearing Values keeps the session ID\); set s.ID`
	_ = s.Save(r, w)
}

func loginDeleteValues(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	delete(s.Values, "user_id")
	s.Values["user_id"] = u.ID // want `\(deleting from Values keeps the session ID\)`
	_ = s.Save(r, w)
}

// A second Get returns the same session: it does not renew anything.
func loginSecondGet(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	old, _ := store.Get(r, "sid")
	old.Options.MaxAge = -1
	_ = old.Save(r, w)
	s, _ := store.New(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = s.Save(r, w)
}

func loginRemember(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	if r.FormValue("remember") == "on" {
		s.ID = ""
	}
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = s.Save(r, w)
}

func resetID(s *sessions.Session) {
	s.ID = ""
}

func setUser(s *sessions.Session, u *users.User) {
	s.Values["user_id"] = u.ID
}

func loginHelperRenews(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	resetID(s)
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
}

func loginOtherPackageRenews(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID
	gorillahelp.Reset(s)
	_ = s.Save(r, w)
}

func loginHelperWrites(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	setUser(s, u) // want `^setUser stores user identity in the session before its ID is renewed; set s.ID`
	_ = s.Save(r, w)
}

func loginOtherPackageWrites(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	gorillahelp.SetUser(s, u.ID) // want `^SetUser stores user identity`
	_ = s.Save(r, w)
}

// The helper writes and saves: renewing after the call is too late.
func loginOtherPackageSaves(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	_ = gorillahelp.SaveUser(w, r, u.ID) // want `^SaveUser stores user identity`
	s, _ := store.Get(r, "sid")
	s.ID = ""
}

func loginHelperWritesRenewed(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.ID = ""
	setUser(s, u)
	gorillahelp.SetUser(s, u.ID)
	_ = s.Save(r, w)
}

// A session made afresh for the user (an OIDC callback's shape): not the
// request's, so nothing the client chose.
func loginNewSession(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s := gorillahelp.NewUserSession("sid")
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
}

func loginNewSessionHere(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s := sessions.NewSession(store, "sid")
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
}

// Stateless stores: no server-side ID to fix.
func loginCookieStore(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := cookieStore.Get(r, "sid")
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)
	t, _ := ifaceStore.Get(r, "other")
	t.Values["user_id"] = u.ID
	_ = t.Save(r, w)
}

// An interface variable holding a server-side store.
func loginConfigured(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := configured.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = s.Save(r, w)
}

// A store the package does not know.
func loginUnknownStore(st sessions.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, err := authenticate(r)
		if err != nil {
			return
		}
		s, _ := st.Get(r, "sid")
		s.Values["user_id"] = u.ID // want `before its ID is renewed`
		_ = s.Save(r, w)
	}
}

func callback(w http.ResponseWriter, r *http.Request) {
	tok, err := oauthConf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["token"] = tok // want `before its ID is renewed`
	_ = s.Save(r, w)
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
	s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = s.Save(r, w)
}

func elevate(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Admin-Key")), adminKey) != 1 {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["role"] = "admin" // want `before its ID is renewed`
	_ = s.Save(r, w)
}

func loginPreferences(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.AddFlash("welcome back " + u.Email)
	s.Values["theme"] = u.Theme
	s.Values["_flash"] = "hello " + u.Email
	s.Values["cart"] = []int{}
	_ = s.Save(r, w)
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "sid")
	delete(s.Values, "user_id")
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
}

func updateProfile(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "sid")
	s.Values["email"] = r.FormValue("email")
	_ = s.Save(r, w)
}

// A deferred Save: the write persists at the return.
func loginDeferredSave(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	defer s.Save(r, w)
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
}

// A method value of Save.
func loginMethodValue(w http.ResponseWriter, r *http.Request) {
	u, err := authenticate(r)
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	save := s.Save
	s.Values["user_id"] = u.ID // want `before its ID is renewed`
	_ = save(r, w)
}

// oauthClient is the application's own client: its GetToken wraps the
// code exchange, so a call of it is an OAuth point too.
type oauthClient struct{ conf *oauth2.Config }

func (c *oauthClient) GetToken(r *http.Request, code string) (*oauth2.Token, error) {
	return c.conf.Exchange(r.Context(), code)
}

var client = &oauthClient{}

// The provider's access token kept as what authenticates later requests,
// after the application's helper made the exchange.
func exchangeDone(w http.ResponseWriter, r *http.Request) {
	tok, err := client.GetToken(r, r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.Values["accessToken"] = tok.AccessToken // want `user identity is stored in the session before its ID is renewed`
	_ = s.Save(r, w)
}

func exchangeDoneRenewed(w http.ResponseWriter, r *http.Request) {
	tok, err := client.GetToken(r, r.URL.Query().Get("code"))
	if err != nil {
		return
	}
	s, _ := store.Get(r, "sid")
	s.ID = ""
	s.Values["accessToken"] = tok.AccessToken
	_ = s.Save(r, w)
}
