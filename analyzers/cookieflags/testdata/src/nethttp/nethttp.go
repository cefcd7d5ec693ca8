package nethttp

import (
	"net/http"
	"time"
)

type config struct{ Production bool }

func insecure(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid}) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite; set HttpOnly: true, Secure: true and SameSite: http.SameSiteLaxMode`
}

func hardened(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func valueLiteral(w http.ResponseWriter, sid string) {
	c := http.Cookie{ // want `cookie "sid" is sent without Secure; set Secure: true`
		Name:     "sid",
		Value:    sid,
		HttpOnly: true,
		SameSite: http.SameSiteStrictMode,
	}
	http.SetCookie(w, &c)
}

func defaultMode(w http.ResponseWriter, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode}) // want `cookie "sid" is sent without SameSite; set SameSite: http.SameSiteLaxMode`
}

func configDriven(w http.ResponseWriter, r *http.Request, cfg config, sid string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: cfg.Production, SameSite: http.SameSiteLaxMode})
	c := &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, SameSite: http.SameSiteLaxMode}
	c.Secure = r.TLS != nil
	http.SetCookie(w, c)
}

func setAfter(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid}
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func setAfterSend(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `cookie "sid" is sent without Secure`
	http.SetCookie(w, c)
	c.Secure = true
}

func clearedAfter(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode} // want `cookie "sid" is sent without HttpOnly; set HttpOnly: true`
	c.HttpOnly = false
	http.SetCookie(w, c)
}

func harden(c *http.Cookie) {
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteStrictMode
}

func setInCallee(w http.ResponseWriter, sid string) {
	c := &http.Cookie{Name: "sid", Value: sid}
	harden(c)
	http.SetCookie(w, c)
}

func noneWithSecure(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "embed", Value: v, HttpOnly: true, Secure: true, SameSite: http.SameSiteNoneMode})
}

func noneWithoutSecure(w http.ResponseWriter, v string) {
	http.SetCookie(w, &http.Cookie{Name: "embed", Value: v, HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `cookie "embed" is sent without Secure \(SameSite=None requires it\); set Secure: true`
}

func deletion(w http.ResponseWriter, old string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: -1})
	// Expires now, whatever its value: gone by the time the browser has it.
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: old, Expires: time.Now()})
	http.SetCookie(w, &http.Cookie{Name: "sid", Expires: time.Unix(0, 0)})
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", Expires: time.Now().Add(-time.Hour)})
}

func client(r *http.Request, sid string) {
	r.AddCookie(&http.Cookie{Name: "sid", Value: sid})
}

func csrf(w http.ResponseWriter, tok string) {
	// JavaScript reads the double-submit token: HttpOnly is not required.
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: tok, Secure: true, SameSite: http.SameSiteStrictMode})
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: tok}) // want `cookie "csrf_token" is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode`
}

// newSessionCookie returns a cookie its callers harden: not reported.
func newSessionCookie(sid string) *http.Cookie {
	return &http.Cookie{Name: "sid", Value: sid}
}

func useHardenedHelper(w http.ResponseWriter, sid string) {
	c := newSessionCookie(sid)
	c.HttpOnly, c.Secure, c.SameSite = true, true, http.SameSiteLaxMode
	http.SetCookie(w, c)
}

// newPrefCookie's cookie is sent as is by one caller: reported once, here.
func newPrefCookie(v string) *http.Cookie {
	return &http.Cookie{Name: "pref", Value: v} // want `cookie "pref" is sent without HttpOnly, Secure and SameSite`
}

func usePrefs(w http.ResponseWriter) {
	http.SetCookie(w, newPrefCookie("a"))
	http.SetCookie(w, newPrefCookie("b"))
}

// hardenedCookie returns a hardened cookie: nothing to report.
func hardenedCookie(v string) *http.Cookie {
	return &http.Cookie{Name: "h", Value: v, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}

func useHardened(w http.ResponseWriter) {
	http.SetCookie(w, hardenedCookie("a"))
}

type server struct{ last *http.Cookie }

// stored: the cookie goes to a struct field; where it is sent is not seen.
func (s *server) stored(sid string) {
	s.last = &http.Cookie{Name: "sid", Value: sid}
}

func unused(sid string) {
	_ = &http.Cookie{Name: "sid", Value: sid}
}

// A cookie that carries nothing: the empty constant, like a deletion.
func logoutCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: 0})
}

// A constant value is no secret: HttpOnly is not required, Secure and
// SameSite still are.
func consent(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "consent", Value: "1", Path: "/"}) // want `cookie "consent" is sent without Secure and SameSite`
	// A session cookie's constant is a placeholder: HttpOnly still matters.
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "placeholder", Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})      // want `cookie "session" is sent without HttpOnly; set HttpOnly: true`
	http.SetCookie(w, &http.Cookie{Name: "app_auth_token", Value: "dev-token", Path: "/", Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "app_auth_token" is sent without HttpOnly`
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Path: "/", Secure: true, SameSite: http.SameSiteLaxMode})
}

// r.URL.Scheme is empty on a request a server receives: a cookie made
// Secure only when it says "https" is never Secure.
func schemeSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "v", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.URL.Scheme == "https"}) // want `cookie "sid" is sent without Secure \(r.URL.Scheme is empty on a request a server receives, so r.URL.Scheme == "https" is never true; test r.TLS != nil or use configuration\); set Secure: true`
}

func tlsSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "v", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil})
}

// A name built at run time is judged by its constant start: a per-instance
// CSRF cookie is for the front-end to read, a per-instance session cookie
// is not.
func instanceCookies(w http.ResponseWriter, instance, token string) {
	http.SetCookie(w, &http.Cookie{Name: "CSRF-Token-" + instance, Value: token}) // want `cookie is sent without Secure and SameSite; set Secure: true and SameSite: http.SameSiteLaxMode`
	http.SetCookie(w, &http.Cookie{Name: "sessionid-" + instance, Value: token})  // want `cookie is sent without HttpOnly, Secure and SameSite`
}

// newInvalidateCookie makes the cookie a logout sends: no value (and an
// Expires left zero, which deletes nothing; not this analyzer's concern).
func newInvalidateCookie() *http.Cookie {
	return &http.Cookie{Name: "sid", HttpOnly: true, SameSite: http.SameSiteLaxMode, Path: "/", Expires: time.Time{}}
}

func logout(w http.ResponseWriter) {
	http.SetCookie(w, newInvalidateCookie())
}

// blankSessionCookie names no value either, but is no clearing helper: its
// callers fill the value in.
func blankSessionCookie() *http.Cookie {
	return &http.Cookie{Name: "sid", HttpOnly: true, SameSite: http.SameSiteLaxMode, Path: "/"} // want `cookie "sid" is sent without Secure`
}

func loginBlank(w http.ResponseWriter, sid string) {
	c := blankSessionCookie()
	c.Value = sid
	http.SetCookie(w, c)
}
