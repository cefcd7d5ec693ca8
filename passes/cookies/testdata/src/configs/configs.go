package configs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/beego/beego/v2/server/web"
	beegosession "github.com/beego/beego/v2/server/web/session"
	ginsessions "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gorilla/sessions"
	irissessions "github.com/kataras/iris/v12/sessions"
)

var store = sessions.NewCookieStore([]byte("k")) // want `config gorilla/sessions; browser sessions.Session.Save with the store's configuration \[Path=default:"/" MaxAge=default:"2592000" Secure=default:"true" HttpOnly=const:"true" SameSite=default:"None"\]`

func init() {
	store.Options.HttpOnly = true
}

func filesystem() {
	fs := sessions.NewFilesystemStore("", []byte("key")) // want `Secure=default:"false" HttpOnly=default:"false" SameSite=default:""\]`
	_ = fs
}

func replaced() {
	fs := sessions.NewFilesystemStore("")
	fs.Options = &sessions.Options{Path: "/", HttpOnly: true} // want `config gorilla/sessions; browser configures the session cookie of sessions.NewFilesystemStore \[Path=const:"/" Secure=const:"true" HttpOnly=const:"true"\]`
	fs.Options.Secure = true
}

func perSession(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "s")
	s.Options = &sessions.Options{MaxAge: -1} // want `config gorilla/sessions; browser configures the session cookie \[MaxAge=const:"-1"\]`
	_ = s.Save(r, w)
}

// visit saves a session with the store's configuration.
func visit(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "s")
	s.Values["n"] = 1
	_ = s.Save(r, w)
}

func ginContrib() {
	st := cookie.NewStore([]byte("k"))
	st.Options(ginsessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // want `config gin-contrib/sessions; browser configures the session cookie of cookie.NewStore \[Path=const:"/" MaxAge=const:"3600" Secure=const:"true" HttpOnly=const:"true" SameSite=const:"Lax"\]`
	r := gin.Default()
	r.Use(ginsessions.Sessions("s", st))
	rs, _ := redis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("k")) // want `session cookie of redis.NewStore \[Path=default:"/" MaxAge=default:"2592000" Secure=default:"false" HttpOnly=default:"false" SameSite=default:""\]`
	r.Use(ginsessions.Sessions("s", rs))
}

var sm = scs.New() // want `config scs; browser session cookie of scs.New \[Path=default:"/" Secure=dynamic HttpOnly=default:"true" SameSite=default:"Lax"\]`

func setup(prod bool) {
	sm.Cookie.Secure = prod
}

var fstore = fsession.New(fsession.Config{CookieSecure: true}) // want `config fiber; browser configures the session cookie of session.New \[Path=default:"/" Secure=const:"true" HttpOnly=default:"false" SameSite=default:"Lax"\]`

var fdefault = fsession.New() // want `config fiber; browser session cookie of session.New \[Path=default:"/" Secure=default:"false" HttpOnly=default:"false" SameSite=default:"Lax"\]`

func beegoManager() {
	m, _ := beegosession.NewManager("memory", &beegosession.ManagerConfig{CookieName: "b", Secure: true}) // want `config beego; browser configures the session cookie of session.NewManager \[Name=const:"b" Path=default:"/" Secure=const:"true" HttpOnly=default:"true"\]`
	_ = m
}

func beegoWeb() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `config beego; browser session cookie configured by web.BConfig.WebConfig.Session \[Path=default:"/" Secure=const:"true" HttpOnly=default:"true" SameSite=const:"Strict"\]`
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteStrictMode
	web.BConfig.Listen.EnableHTTPS = true
}

var iris = irissessions.New(irissessions.Config{Cookie: "i"}) // want `config iris; browser configures the session cookie of sessions.New \[Name=const:"i" Path=default:"/" Domain=default:"<registrable domain>" Secure=default:"false" HttpOnly=default:"true" SameSite=default:"Lax"\]`

var iris2 = irissessions.New(irissessions.Config{Cookie: "i", DisableSubdomainPersistence: true}) // want `Domain=default:"" Secure=default:"false" HttpOnly=default:"true" SameSite=default:""\]`
