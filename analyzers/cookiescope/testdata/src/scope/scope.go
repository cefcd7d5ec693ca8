package scope

import (
	gosessions "github.com/kataras/go-sessions/v3"
	"net/http"

	"github.com/gin-gonic/gin"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/gorilla/sessions"
	irissessions "github.com/kataras/iris/v12/sessions"
)

var flags = struct {
	HttpOnly, Secure bool
	SameSite         http.SameSite
}{true, true, http.SameSiteLaxMode}

func publicSuffix(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "a", Value: v, Domain: ".co.jp", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})    // want `cookie "a" has Domain "co.jp", a public suffix: browsers reject it or share it with every site under co.jp; drop Domain \(a host-only cookie\) or use your own registrable domain`
	http.SetCookie(w, &http.Cookie{Name: "b", Value: v, Domain: "github.io", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "b" has Domain "github.io", a public suffix`
	http.SetCookie(w, &http.Cookie{Name: "c", Value: v, Domain: "COM", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})       // want `cookie "c" has Domain "com", a public suffix`
	http.SetCookie(w, &http.Cookie{Name: "d", Value: v, Domain: "example.co.jp", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "e", Value: v, Domain: ".example.com", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "f", Value: v, Domain: "localhost", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "g", Value: v, Domain: "127.0.0.1", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func hostPrefix(w http.ResponseWriter, v, domain string) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: v, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: v, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})                            // want `cookie "__Host-sid" is rejected by browsers: the __Host- prefix requires Path "/"$`
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: v, Path: "/app", Domain: "example.com", HttpOnly: true, SameSite: http.SameSiteLaxMode})     // want `cookie "__Host-sid" is rejected by browsers: the __Host- prefix requires Secure, Path "/" and no Domain`
	http.SetCookie(w, &http.Cookie{Name: "__host-sid", Value: v, Path: "/", Domain: domain, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // unknown Domain: not reported
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", Value: v, Path: "/", Secure: flags.Secure, HttpOnly: true, SameSite: http.SameSiteLaxMode})         // Secure decided by configuration
}

func securePrefix(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "__Secure-sid", Value: v, Path: "/app", Domain: "example.com", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, &http.Cookie{Name: "__Secure-sid", Value: v, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "__Secure-sid" is rejected by browsers: the __Secure- prefix requires Secure`
}

func partitioned(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "chip", Value: v, Partitioned: true, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `cookie "chip" is Partitioned without Secure: browsers reject it; set Secure`
	http.SetCookie(w, &http.Cookie{Name: "chip", Value: v, Partitioned: true, Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})
}

func fiberPartitioned(c fiber3.Ctx, v string) {
	// fiber v3 turns Secure on for Partitioned cookies.
	c.Cookie(&fiber3.Cookie{Name: "chip", Value: v, Partitioned: true})
}

func ginHost(c *gin.Context, v string) {
	c.SetCookie("__Host-sid", v, 3600, "", "", true, true)             // gin turns Path "" into "/"
	c.SetCookie("__Host-sid", v, 3600, "/", "example.com", true, true) // want `cookie "__Host-sid" is rejected by browsers: the __Host- prefix requires no Domain`
}

func deletion(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "__Host-sid", MaxAge: -1})
}

func client(r *http.Request) {
	r.AddCookie(&http.Cookie{Name: "__Host-sid", Value: "x", Domain: "com"})
}

func gorillaOptions(s *sessions.Session) {
	s.Options = &sessions.Options{Path: "/", Domain: "co.uk", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode} // want `session cookie has Domain "co.uk", a public suffix`
}

var iris = irissessions.New(irissessions.Config{Cookie: "sid", CookieSecureTLS: true}) // want `session cookie of sessions.New is scoped to the registrable domain by default, so every subdomain receives it; set DisableSubdomainPersistence: true`

var irisHostOnly = irissessions.New(irissessions.Config{Cookie: "sid", CookieSecureTLS: true, DisableSubdomainPersistence: true})

var goSessions = gosessions.New(gosessions.Config{Cookie: "sid", CookieSecureTLS: true}) // want `session cookie of sessions.New is scoped to the registrable domain by default, so every subdomain receives it; set DisableSubdomainPersistence: true`

var goSessionsHostOnly = gosessions.New(gosessions.Config{Cookie: "sid", CookieSecureTLS: true, DisableSubdomainPersistence: true})
