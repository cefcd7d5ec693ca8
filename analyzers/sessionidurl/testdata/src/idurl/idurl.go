package idurl

import (
	"fmt"
	"log"
	"net/http"
	"net/url"

	"github.com/beego/beego/v2/server/web"
	bsession "github.com/beego/beego/v2/server/web/session"
	flsession "github.com/flamego/session"
	"github.com/gin-gonic/gin"
	mcsession "github.com/go-macaron/session"
	gosession "github.com/go-session/session/v3"
	"github.com/gofiber/fiber/v2"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/fiber/v3/extractors"
	f3session "github.com/gofiber/fiber/v3/middleware/session"

	"challenge"
	checkout "payments/checkout/session"
	"urls"
)

type Session struct{ User string }

var sessions = map[string]*Session{}

var index = map[string]string{}

// Session IDs read from the URL.

func fromQuery(w http.ResponseWriter, r *http.Request) {
	sid := r.URL.Query().Get("sid") // want `session ID is read from the URL \(query parameter "sid"\) and used to find a session \(the lookup in sessions\); take it from the session cookie only: URLs leak into Referer headers, logs and browser history`
	if s, ok := sessions[sid]; ok {
		fmt.Fprintln(w, s.User)
	}
}

func fromCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	if s, ok := sessions[c.Value]; ok {
		fmt.Fprintln(w, s.User)
	}
}

func search(w http.ResponseWriter, r *http.Request) {
	// A query parameter that is not a session ID.
	fmt.Fprintln(w, index[r.URL.Query().Get("q")])
}

type SessionStore interface {
	Get(id string) (*Session, error)
}

func fromForm(st SessionStore, r *http.Request) {
	st.Get(r.FormValue("PHPSESSID")) // want `session ID is read from the URL \(form value "PHPSESSID"\) and used to find a session \(SessionStore.Get\)`
}

type Subscribers interface {
	GetSubscriberBySignature(sig string) (string, error)
	GetSession(id string) (*Session, error)
}

// A newsletter link's ?sid= is the subscriber's signature: a lookup named
// for subscribers is no session's. The same parameter given to GetSession
// is a session ID.
func unsubscribe(subs Subscribers, c *gin.Context) {
	_, _ = subs.GetSubscriberBySignature(c.Query("sid"))
}

func resume(subs Subscribers, c *gin.Context) {
	_, _ = subs.GetSession(c.Query("sid")) // want `session ID is read from the URL \(query parameter "sid"\) and used to find a session \(Subscribers.GetSession\)`
}

func ginFromQuery(c *gin.Context) {
	id := c.Query("session_id") // want `session ID is read from the URL \(query parameter "session_id"\) and used to find a session`
	_ = sessions[id]
}

// checkoutDone fetches the payment provider's checkout session its
// redirect names in the URL: the provider's session, not one of this
// application's.
func checkoutDone(c *fiber.Ctx) error {
	s, err := checkout.Get(c.Query("session_id"), nil)
	if err != nil || s.Status != "complete" {
		return c.Redirect("/basket")
	}
	return nil
}

// Session IDs put into URLs.

func redirectWithID(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	http.Redirect(w, r, "/home?sid="+c.Value, http.StatusFound) // want `session ID \(request cookie "sid"\) is put into the redirect URL of http.Redirect; keep session IDs out of URLs and rely on the session cookie`
}

func redirectLang(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("lang")
	if err != nil {
		return
	}
	http.Redirect(w, r, "/home?lang="+c.Value, http.StatusFound)
}

func welcomeURL(sid string) string {
	return "/welcome?sid=" + sid
}

func redirectHelper(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	http.Redirect(w, r, welcomeURL(c.Value), http.StatusSeeOther) // want `session ID \(request cookie "session_id"\) is put into the redirect URL of http.Redirect`
}

func redirectOtherPackage(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session_id")
	if err != nil {
		return
	}
	http.Redirect(w, r, urls.Welcome(c.Value), http.StatusSeeOther) // want `session ID \(request cookie "session_id"\) is put into the redirect URL of http.Redirect`
}

func link(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	fmt.Fprintf(w, `<a href="/next?sid=%s">next</a>`, c.Value) // want `session ID \(request cookie "sid"\) is put into a URL`
}

func logged(r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	// Not a URL.
	log.Printf("session %s", c.Value)
}

func query(r *http.Request) url.Values {
	c, _ := r.Cookie("sid")
	v := url.Values{}
	v.Set("sid", c.Value) // want `session ID \(request cookie "sid"\) is put into a URL query \(url.Values.Set\)`
	return v
}

func rawQuery(r *http.Request) *url.URL {
	c, _ := r.Cookie("sid")
	u := &url.URL{Path: "/next"}
	u.RawQuery = "sid=" + c.Value // want `session ID \(request cookie "sid"\) is put into a URL \(url.URL.RawQuery\)`
	return u
}

func fiberRedirect(c *fiber.Ctx, s *fsession.Session) error {
	return c.Redirect("/next?s=" + s.ID()) // want `session ID \(session.Session.ID\) is put into the redirect URL of fiber.Ctx.Redirect`
}

// flamego and macaron inject the session into the handler.
func flamegoRedirect(w http.ResponseWriter, r *http.Request, s flsession.Session) {
	http.Redirect(w, r, "/next?s="+s.ID(), http.StatusFound) // want `session ID \(session.Session.ID\) is put into the redirect URL of http.Redirect`
}

func flamegoRedirectClean(w http.ResponseWriter, r *http.Request, s flsession.Session) {
	http.Redirect(w, r, "/next", http.StatusFound)
}

func macaronQuery(sess mcsession.Store) string {
	v := url.Values{}
	v.Set("s", sess.ID()) // want `session ID \(session.RawStore.ID\) is put into a URL query \(url.Values.Set\)`
	return v.Encode()
}

func ginRedirect(c *gin.Context) {
	c.Redirect(http.StatusFound, "/next")
}

// Libraries configured to take the ID from the URL.

var fiberQuery = fsession.New(fsession.Config{KeyLookup: "query:sid"}) // want `fiber takes the session ID from the URL \(KeyLookup "query:sid"\); use "cookie:sid" so that only the cookie carries it`

var fiberCookie = fsession.New(fsession.Config{KeyLookup: "cookie:sid"})

var fiberV3 = f3session.NewStore(f3session.Config{Extractor: extractors.FromQuery("sid")}) // want `fiber takes the session ID from the URL \(extractors.FromQuery\); use extractors.FromCookie so that only the cookie carries it`

var fiberV3Chain = f3session.NewStore(f3session.Config{
	Extractor: extractors.Chain(extractors.FromCookie("sid"), extractors.FromForm("sid")), // want `fiber takes the session ID from the URL \(extractors.FromForm\)`
})

var fiberV3Cookie = f3session.NewStore(f3session.Config{Extractor: extractors.FromCookie("sid")})

var beegoConfig = &bsession.ManagerConfig{CookieName: "sid", EnableSidInURLQuery: true} // want `beego accepts the session ID from the URL query when EnableSidInURLQuery is true; leave it false so that only the cookie carries the ID`

var beegoConfigOff = &bsession.ManagerConfig{CookieName: "sid", EnableSetCookie: true}

var beegoOption = bsession.NewManagerConfig(bsession.CfgEnableSidInURLQuery(true)) // want `beego accepts the session ID from the URL query with session.CfgEnableSidInURLQuery\(true\); pass false so that only the cookie carries the ID`

func configureBeego() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionEnableSidInURLQuery = true // want `beego accepts the session ID from the URL query when SessionEnableSidInURLQuery is true`
}

var goSessionDefault = gosession.NewManager(gosession.SetCookieName("sid")) // want `go-session accepts the session ID from the URL query unless told otherwise; pass session.SetEnableSIDInURLQuery\(false\) to session.NewManager`

var goSessionOff = gosession.NewManager(gosession.SetCookieName("sid"), gosession.SetEnableSIDInURLQuery(false))

func goSessionFrom(opts []gosession.Option) *gosession.Manager {
	// Options from elsewhere: not known.
	return gosession.NewManager(opts...)
}

// A record another package builds from a struct that holds the session ID
// has an ID of its own: only the fields that package fills from the
// session ID carry it.

func secondFactor(c *fiber.Ctx, store *fsession.Store) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	ch := challenge.Create(challenge.Subject{UserID: 1, SessionID: sess.ID()})
	return c.Redirect("/2fa/verify?cid=" + url.QueryEscape(ch.ID))
}

func secondFactorLeaky(c *fiber.Ctx, store *fsession.Store) error {
	sess, err := store.Get(c)
	if err != nil {
		return err
	}
	ch := challenge.Create(challenge.Subject{UserID: 1, SessionID: sess.ID()})
	return c.Redirect("/2fa/verify?owner=" + url.QueryEscape(ch.Owner)) // want `session ID \(.*\) is put into the redirect URL of fiber.Ctx.Redirect`
}
