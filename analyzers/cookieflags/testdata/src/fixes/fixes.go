package fixes

import (
	"fmt"
	nethttp "net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gorilla/sessions"
)

func oneLine(w nethttp.ResponseWriter, sid string) {
	nethttp.SetCookie(w, &nethttp.Cookie{Name: "sid", Value: sid}) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
}

func empty(w nethttp.ResponseWriter) {
	nethttp.SetCookie(w, &nethttp.Cookie{}) // want `cookie is sent without HttpOnly, Secure and SameSite`
}

func multiLine(w nethttp.ResponseWriter, sid string) {
	c := &nethttp.Cookie{ // want `cookie "sid" is sent without HttpOnly and SameSite`
		Name:   "sid",
		Value:  sid,
		Secure: true,
	}
	nethttp.SetCookie(w, c)
}

func replaceFalse(w nethttp.ResponseWriter, sid string) {
	nethttp.SetCookie(w, &nethttp.Cookie{Name: "sid", Value: sid, HttpOnly: false, Secure: true, SameSite: nethttp.SameSiteDefaultMode}) // want `cookie "sid" is sent without HttpOnly and SameSite`
}

func fiberCookie(c *fiber.Ctx, sid string) {
	c.Cookie(&fiber.Cookie{Name: "sid", Value: sid, SameSite: "disabled"}) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
}

func ginFlags(c *gin.Context, sid string) {
	c.SetSameSite(nethttp.SameSiteLaxMode)
	c.SetCookie("sid", sid, 3600, "/", "", false, false) // want `cookie "sid" is sent without HttpOnly and Secure`
}

func header(w nethttp.ResponseWriter, sid string) {
	w.Header().Set("Set-Cookie", fmt.Sprintf("sid=%s; Path=/", sid)) // want `cookie "sid" is sent without HttpOnly, Secure and SameSite`
	w.Header().Add("Set-Cookie", `prefs=dark; Secure`)               // want `cookie "prefs" is sent without HttpOnly and SameSite`
}

var store = fsession.New(fsession.Config{ // want `session cookie of session.New is sent without HttpOnly and Secure`
	CookiePath: "/",
})

func options(st *sessions.FilesystemStore) {
	st.Options = &sessions.Options{Path: "/", MaxAge: 3600} // want `session cookie is sent without HttpOnly, Secure and SameSite`
}
