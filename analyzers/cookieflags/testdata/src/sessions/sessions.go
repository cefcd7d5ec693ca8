package sessions

import (
	gosessions "github.com/kataras/go-sessions/v3"
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/beego/beego/v2/server/web"
	beegosession "github.com/beego/beego/v2/server/web/session"
	flamegosession "github.com/flamego/session"
	ginsessions "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	gormsessions "github.com/gin-contrib/sessions/gorm"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	macaronsession "github.com/go-macaron/session"
	gosession "github.com/go-session/session/v3"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	fsession3 "github.com/gofiber/fiber/v3/middleware/session"
	"github.com/gorilla/sessions"
	hertzcookie "github.com/hertz-contrib/sessions/cookie"
	irissessions "github.com/kataras/iris/v12/sessions"
	"gorm.io/gorm"
)

var store = sessions.NewCookieStore([]byte("key")) // want `session cookie of sessions.NewCookieStore is sent without HttpOnly and with SameSite=None by default; set Options.HttpOnly = true and Options.SameSite = http.SameSiteLaxMode`

var hardenedStore = sessions.NewCookieStore([]byte("key"))

func init() {
	hardenedStore.Options.HttpOnly = true
	hardenedStore.Options.SameSite = http.SameSiteLaxMode
}

var insecureCookies bool // from the configuration

// A protection switched off when the configuration asks for it: the
// operator decided, as when the value comes from the configuration.
func newOperatorStore() *sessions.CookieStore {
	s := sessions.NewCookieStore([]byte("key"))
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	if insecureCookies {
		s.Options.Secure = false
	}
	return s
}

// The same switched off on every path.
func newInsecureStore() *sessions.CookieStore {
	s := sessions.NewCookieStore([]byte("key")) // want `session cookie of sessions.NewCookieStore is sent without Secure; set Options.Secure = true`
	s.Options.HttpOnly = true
	s.Options.SameSite = http.SameSiteLaxMode
	s.Options.Secure = false
	return s
}

func filesystem() *sessions.FilesystemStore {
	fs := sessions.NewFilesystemStore("/tmp", []byte("key")) // want `session cookie of sessions.NewFilesystemStore is sent without HttpOnly, Secure and SameSite; set Options.HttpOnly = true, Options.Secure = true and Options.SameSite = http.SameSiteLaxMode`
	return fs
}

// A store made without key pairs cannot encode its cookie: Save fails
// before sending one.
func withoutKeys(r *gin.Engine) *sessions.FilesystemStore {
	st, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "")
	r.Use(ginsessions.Sessions("sid", st))
	return sessions.NewFilesystemStore("/tmp")
}

func replacedOptions() {
	fs := sessions.NewFilesystemStore("/tmp", []byte("key"))
	fs.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true} // want `session cookie of sessions.NewFilesystemStore is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode`
}

func replacedHardened(prod bool) {
	fs := sessions.NewFilesystemStore("/tmp", []byte("key"))
	fs.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	fs.Options.Secure = prod
}

func logout(w http.ResponseWriter, r *http.Request) {
	s, _ := hardenedStore.Get(r, "session")
	s.Options = &sessions.Options{Path: "/", MaxAge: -1}
	_ = s.Save(r, w)
}

func perSession(w http.ResponseWriter, r *http.Request) {
	s, _ := hardenedStore.Get(r, "session")
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600} // want `session cookie is sent without HttpOnly, Secure and SameSite; set HttpOnly: true, Secure: true and SameSite: http.SameSiteLaxMode`
	_ = s.Save(r, w)
}

func ginContrib(r *gin.Engine) {
	st := cookie.NewStore([]byte("key")) // want `session cookie of cookie.NewStore is sent without HttpOnly and with SameSite=None by default; call Options\(sessions.Options\{Path: "/", MaxAge: 86400, HttpOnly: true, SameSite: http.SameSiteLaxMode\}\) on the store \(it replaces every field\)`
	r.Use(ginsessions.Sessions("session", st))
}

func ginContribHardened(r *gin.Engine) {
	st, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("key"))
	st.Options(ginsessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(ginsessions.Sessions("session", st))
}

// A server-side store left with its defaults (wader/gormstore's: Path
// and MaxAge only).
func ginContribGorm(r *gin.Engine, db *gorm.DB) {
	st := gormsessions.NewStore(db, true, []byte("key")) // want `session cookie of gorm.NewStore is sent without HttpOnly, Secure and SameSite; call Options\(sessions.Options\{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode\}\) on the store \(it replaces every field\)`
	r.Use(ginsessions.Sessions("session", st))
}

func ginContribGormHardened(r *gin.Engine, db *gorm.DB) {
	st := gormsessions.NewStore(db, true, []byte("key"))
	st.Options(ginsessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(ginsessions.Sessions("session", st))
}

func ginContribPartial(r *gin.Engine) {
	st := cookie.NewStore([]byte("key"))
	st.Options(ginsessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true}) // want `session cookie of cookie.NewStore is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode`
	r.Use(ginsessions.Sessions("session", st))
}

var sm = scs.New() // want `session cookie of scs.New is sent without Secure; set Cookie.Secure = true`

var smHardened = scs.New()

func setupSCS(production bool) {
	smHardened.Cookie.Secure = production
}

var fiberStore = fsession.New() // want `session cookie of session.New is sent without HttpOnly and Secure; pass session.Config\{CookieHTTPOnly: true, CookieSecure: true\}`

var fiberStore2 = fsession.New(fsession.Config{CookieSecure: true}) // want `session cookie of session.New is sent without HttpOnly; set CookieHTTPOnly: true`

var fiberHardened = fsession.New(fsession.Config{CookieSecure: true, CookieHTTPOnly: true})

var fiber3Handler = fsession3.New(fsession3.Config{CookieHTTPOnly: true}) // want `session cookie of session.New is sent without Secure; set CookieSecure: true`

func beegoManager() {
	m, _ := beegosession.NewManager("memory", &beegosession.ManagerConfig{CookieName: "sid", EnableSetCookie: true}) // want `session cookie of session.NewManager is sent without Secure and SameSite; set Secure: true and CookieSameSite: http.SameSiteLaxMode`
	_ = m
	h, _ := beegosession.NewManager("memory", &beegosession.ManagerConfig{CookieName: "sid", Secure: true, CookieSameSite: http.SameSiteLaxMode})
	_ = h
}

func beegoWeb() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `session cookie of web.BConfig.WebConfig.Session is sent without Secure and SameSite; set web.BConfig.Listen.EnableHTTPS = true and web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode`
	web.BConfig.WebConfig.Session.SessionName = "sid"
}

var irisSessions = irissessions.New(irissessions.Config{Cookie: "sid"}) // want `session cookie of sessions.New is sent without Secure; set CookieSecureTLS: true`

var irisHardened = irissessions.New(irissessions.Config{Cookie: "sid", CookieSecureTLS: true})

var goSessions = gosessions.New(gosessions.Config{Cookie: "sid"}) // want `^session cookie of sessions.New is sent without Secure and SameSite; set CookieSecureTLS: true; its configuration cannot set SameSite: add it to the Set-Cookie header in a middleware$`

// Secure as far as go-sessions goes: it never sends SameSite.
var goSessionsSecure = gosessions.New(gosessions.Config{Cookie: "sid", CookieSecureTLS: true}) // want `^session cookie of sessions.New is sent without SameSite; its configuration cannot set SameSite`

func goSession(extra gosession.Option) {
	_ = gosession.NewManager(gosession.SetCookieName("sid"), gosession.SetEnableSIDInURLQuery(false)) // want `session cookie of session.NewManager is sent without SameSite; pass session.SetSameSite\(http.SameSiteLaxMode\) to session.NewManager`
	_ = gosession.NewManager(gosession.SetCookieName("sid"), gosession.SetSameSite(http.SameSiteStrictMode))
	_ = gosession.NewManager(gosession.SetCookieName("sid"), extra)
	gosession.InitManager(gosession.SetSecure(false), gosession.SetSameSite(http.SameSiteLaxMode)) // want `session cookie of session.InitManager is sent without Secure; pass session.SetSecure\(true\) to session.InitManager`
}

// flamego/session v1.6.6: the zero CookieOptions gets HttpOnly; setting any
// field leaves it to HTTPOnly.
var flamegoDefault = flamegosession.Sessioner() // want `^session cookie of session.Sessioner is sent without Secure; set Cookie: session.CookieOptions\{Secure: true, HTTPOnly: true\} in its options$`

// Options that name only the store keep the cookie's defaults.
var flamegoStoreOnly = flamegosession.Sessioner(flamegosession.Options{Initer: flamegosession.MemoryIniter()}) // want `^session cookie of session.Sessioner is sent without Secure; set Cookie: session.CookieOptions\{Secure: true, HTTPOnly: true\} in its options$`

func flamego(production bool) {
	_ = flamegosession.Sessioner(flamegosession.Options{Cookie: flamegosession.CookieOptions{Secure: true}}) // want `^session cookie is sent without HttpOnly; set HTTPOnly: true$`
	_ = flamegosession.Sessioner(flamegosession.Options{Cookie: flamegosession.CookieOptions{Secure: true, HTTPOnly: true}})
	c := flamegosession.CookieOptions{Name: "sid", Secure: production} // want `^session cookie is sent without HttpOnly; set HTTPOnly: true$`
	_ = flamegosession.Sessioner(flamegosession.Options{Cookie: c})
	h := flamegosession.CookieOptions{Name: "sid", Secure: production}
	h.HTTPOnly = true
	_ = flamegosession.Sessioner(flamegosession.Options{Cookie: h})
}

// go-macaron/session: HttpOnly always, SameSite Lax (Strict with
// CookieSameSite); Secure only when asked.
var macaronDefault = macaronsession.Sessioner() // want `^session cookie of session.Sessioner is sent without Secure; pass session.Options\{Secure: true\}$`

var macaronNamed = macaronsession.Sessioner(macaronsession.Options{CookieName: "sid", CookieSameSite: true}) // want `^session cookie of session.Sessioner is sent without Secure; set Secure: true$`

var macaronHardened = macaronsession.Sessioner(macaronsession.Options{CookieName: "sid", Secure: true})

// The session ID goes in a header the application writes: no cookie.
var flamegoHeader = flamegosession.Sessioner(flamegosession.Options{
	WriteIDFunc: func(w http.ResponseWriter, r *http.Request, sid string, created bool) {
		w.Header().Set("X-Session", sid)
	},
})

// hertz-contrib's cookie store is a CookieStore: with gorilla/sessions
// v1.4.0 selected (this module's go.mod), Secure with SameSite=None.
var hertzStore = hertzcookie.NewStore([]byte("key")) // want `session cookie of cookie.NewStore is sent without HttpOnly and with SameSite=None by default`
