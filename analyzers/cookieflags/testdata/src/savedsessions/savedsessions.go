// Package savedsessions gives every session its own configuration before
// Save: the store's defaults reach no browser, and the store is reported
// only where a session is saved with them.
package savedsessions

import (
	"net/http"

	"github.com/boj/redistore"
	"github.com/gorilla/sessions"
	hredis "github.com/hertz-contrib/sessions/redis"
)

var replacedEverywhere = sessions.NewFilesystemStore("", []byte("key"))

func login(w http.ResponseWriter, r *http.Request) {
	s, _ := replacedEverywhere.Get(r, "app")
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	s.Values["user"] = "u"
	_ = s.Save(r, w)
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := replacedEverywhere.Get(r, "app")
	s.Options = &sessions.Options{Path: "/", MaxAge: -1}
	_ = sessions.Save(r, w)
}

var replacedOnce = sessions.NewFilesystemStore("", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without HttpOnly, Secure and SameSite`

func hardened(w http.ResponseWriter, r *http.Request) {
	s, _ := replacedOnce.Get(r, "app")
	s.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode}
	_ = s.Save(r, w)
}

func forgotten(w http.ResponseWriter, r *http.Request) {
	s, err := replacedOnce.Get(r, "app")
	if err != nil {
		return
	}
	s.Values["visits"] = 1
	_ = s.Save(r, w) // the store's defaults are sent here (related information)
}

var fieldByField = sessions.NewFilesystemStore("", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without SameSite`

func partly(w http.ResponseWriter, r *http.Request) {
	s, _ := fieldByField.Get(r, "app")
	s.Options.HttpOnly = true
	s.Options.Secure = true
	_ = fieldByField.Save(r, w, s)
}

// Exported from a library package: sessions may be obtained from it
// elsewhere, with its defaults.
var Shared = sessions.NewFilesystemStore("", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without HttpOnly, Secure and SameSite`

func shared(w http.ResponseWriter, r *http.Request) {
	s, _ := Shared.Get(r, "app")
	s.Options = &sessions.Options{HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	_ = s.Save(r, w)
}

var passedOn = sessions.NewFilesystemStore("", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without HttpOnly, Secure and SameSite`

func viaHelper(w http.ResponseWriter, r *http.Request) {
	s, _ := passedOn.Get(r, "app")
	save(w, r, s)
}

// save is the application's own: it may save the session as it is.
func save(w http.ResponseWriter, r *http.Request, s *sessions.Session) { _ = s.Save(r, w) }

// A store whose only saves with its defaults delete the cookie, under a
// condition (a logout of a session that exists, an invalid session): the
// other paths do not save at all.
var deletedUnderCondition = sessions.NewCookieStore([]byte("key"))

func loginFieldByField(w http.ResponseWriter, r *http.Request) {
	s, _ := deletedUnderCondition.New(r, "app")
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	s.Values["user"] = "u"
	_ = deletedUnderCondition.Save(r, w, s)
}

func logoutIfLoggedIn(w http.ResponseWriter, r *http.Request) {
	s, err := deletedUnderCondition.Get(r, "app")
	if err != nil {
		return
	}
	if !s.IsNew {
		s.Options.MaxAge = -1
		_ = deletedUnderCondition.Save(r, w, s)
	}
}

// A constructor's error handed to a logger hands no store over: the store
// returned with its defaults is reported.
func newStore(addr string, logf func(string, ...any)) (sessions.Store, error) {
	store, err := redistore.NewRediStore(10, "tcp", addr, "", "", []byte("key")) // want `session cookie of redistore.NewRediStore is sent without HttpOnly, Secure and SameSite`
	if err != nil {
		logf("no store", "error", err)
		return nil, err
	}
	store.SetMaxAge(3600)
	return store, nil
}

// saveLoggedIn configures the cookie of a session from a store it is
// handed (main made it): SameSite's default mode sends no attribute.
func saveLoggedIn(store sessions.Store, w http.ResponseWriter, r *http.Request, secure bool) error {
	session, _ := store.Get(r, "session") // want `^session cookie of session.Options is sent without SameSite; set session.Options.SameSite = http.SameSiteLaxMode$`
	session.Options.Secure = secure
	session.Options.HttpOnly = true
	session.Options.SameSite = http.SameSiteDefaultMode
	session.Values["user"] = "u"
	return session.Save(r, w)
}

// saveLoggedInLax sets all three.
func saveLoggedInLax(store sessions.Store, w http.ResponseWriter, r *http.Request, secure bool) error {
	session, _ := store.Get(r, "session")
	session.Options.Secure = secure
	session.Options.HttpOnly = true
	session.Options.SameSite = http.SameSiteLaxMode
	return session.Save(r, w)
}

// saveVisit configures nothing: the store's configuration, reported where
// the store is made.
func saveVisit(store sessions.Store, w http.ResponseWriter, r *http.Request) error {
	session, _ := store.Get(r, "session")
	session.Values["visits"] = 1
	return session.Save(r, w)
}

// wrapped keeps its store in a field its callers read: the store's
// sessions are not followed, so it is judged by its own configuration,
// and a session configured before Save by what that sets.
type wrapped struct{ sessions.Store }

func newWrapped() *wrapped {
	store := sessions.NewFilesystemStore("", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without HttpOnly, Secure and SameSite`
	return &wrapped{Store: store}
}

type ctrl struct{ cookies *wrapped }

var theCtrl = &ctrl{cookies: newWrapped()}

func (c *ctrl) saveState(w http.ResponseWriter, r *http.Request) error {
	state, _ := c.cookies.Get(r, "state") // want `^session cookie of state.Options is sent without SameSite; set state.Options.SameSite = http.SameSiteLaxMode$`
	state.Options.HttpOnly = true
	state.Options.Secure = true
	state.Options.SameSite = http.SameSiteDefaultMode
	state.Values["state"] = "s"
	return state.Save(r, w)
}

// userCookie is built by gorilla's NewCookie from the options it is
// given: SameSite's default mode sends no attribute.
func userCookie(w http.ResponseWriter, name string, secure bool) {
	c := sessions.NewCookie("user", name, &sessions.Options{ // want `^cookie "user" is sent without SameSite; set SameSite: http.SameSiteLaxMode in the sessions.Options it is given$`
		Secure: secure, HttpOnly: true, MaxAge: 7200, SameSite: http.SameSiteDefaultMode, Path: "/",
	})
	http.SetCookie(w, c)
}

func userCookieLax(w http.ResponseWriter, name string, secure bool) {
	http.SetCookie(w, sessions.NewCookie("user", name, &sessions.Options{Secure: secure, HttpOnly: true, SameSite: http.SameSiteLaxMode, Path: "/"}))
}

func userCookieGone(w http.ResponseWriter) {
	http.SetCookie(w, sessions.NewCookie("user", "", &sessions.Options{MaxAge: -1, Path: "/"}))
}

// A stored session edited by the server, without a request: its options
// reach no browser.

func markLoggedIn(rs *hredis.RediStore, id string) error {
	s, err := hredis.LoadSessionBySessionId(rs, id)
	if err != nil {
		return err
	}
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600}
	s.Values["logged_in"] = true
	return hredis.SaveSessionWithoutContext(rs, id, s)
}

// The request's session is another matter.

func markRequest(store sessions.Store, w http.ResponseWriter, r *http.Request) error {
	s, err := store.Get(r, "app")
	if err != nil {
		return err
	}
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600} // want `session cookie is sent without HttpOnly, Secure and SameSite`
	return s.Save(r, w)
}
