package neighbours

import (
	"net/http"
	"net/url"

	bsession "github.com/beego/beego/v2/server/web/session"
	gosession "github.com/go-session/session/v3"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/fiber/v3/extractors"
	f3session "github.com/gofiber/fiber/v3/middleware/session"
)

// Resume finds the session from the query string.
func Resume(w http.ResponseWriter, r *http.Request) {
	sid := r.URL.Query().Get("sid") // e2e: sessionidurl
	mu.Lock()
	s := sessions[sid]
	mu.Unlock()
	if s == nil {
		http.Error(w, "no session", http.StatusUnauthorized)
	}
}

// Search reads a query parameter that is not a session ID.
func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q") // e2e: clean
	mu.Lock()
	_ = sessions[q]
	mu.Unlock()
}

func landing(sid string) string {
	return "/welcome?sid=" + url.QueryEscape(sid)
}

// AfterLogin sends the session ID along in the redirect.
func AfterLogin(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	http.Redirect(w, r, landing(c.Value), http.StatusSeeOther) // e2e: sessionidurl
}

// AfterLoginClean redirects without it.
func AfterLoginClean(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/welcome", http.StatusSeeOther) // e2e: clean
}

// QueryStore takes the session ID from ?sid=.
var QueryStore = fsession.New(fsession.Config{CookieHTTPOnly: true, CookieSecure: true, KeyLookup: "query:sid"}) // e2e: sessionidurl

// CookieStore takes it from the cookie.
var CookieStore = fsession.New(fsession.Config{CookieHTTPOnly: true, CookieSecure: true, KeyLookup: "cookie:sid"}) // e2e: clean

// QueryStoreV3 is the fiber v3 way of the same mistake.
var QueryStoreV3 = f3session.NewStore(f3session.Config{CookieHTTPOnly: true, CookieSecure: true, Extractor: extractors.FromQuery("sid")}) // e2e: sessionidurl

// BeegoConfig accepts the ID from the URL.
var BeegoConfig = &bsession.ManagerConfig{CookieName: "sid", EnableSetCookie: true, EnableSidInURLQuery: true} // e2e: sessionidurl

// GoSessionManager keeps go-session's URL-query fallback.
var GoSessionManager = gosession.NewManager(gosession.SetCookieName("sid"), gosession.SetSameSite(http.SameSiteLaxMode)) // e2e: sessionidurl

// GoSessionStrict turns it off.
var GoSessionStrict = gosession.NewManager(gosession.SetCookieName("sid"), gosession.SetSameSite(http.SameSiteLaxMode), gosession.SetEnableSIDInURLQuery(false)) // e2e: clean
