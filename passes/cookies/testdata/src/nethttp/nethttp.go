package nethttp

import (
	"fmt"
	"net/http"
	"time"
)

func plain(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "v"}) // want `literal net/http; browser http.SetCookie \[Name=const:"sid" Value=const:"v"\]`
}

func later(w http.ResponseWriter, prod bool) {
	c := http.Cookie{Name: "sid", HttpOnly: true} // want `literal net/http; browser http.SetCookie \[Name=const:"sid" Secure=dynamic HttpOnly=const:"true"\]`
	if prod {
		c.Secure = true
	}
	http.SetCookie(w, &c)
}

func always(w http.ResponseWriter) {
	c := &http.Cookie{Name: "sid", Secure: false} // want `Secure=const:"true"`
	c.Secure = true
	http.SetCookie(w, c)
}

func deletion(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: -1})               // want `MaxAge=const:"-1"`
	http.SetCookie(w, &http.Cookie{Name: "sid", Expires: time.Unix(0, 0)}) // want `Expires=const:"past"`
}

func client(r *http.Request) {
	r.AddCookie(&http.Cookie{Name: "sid"}) // want `literal net/http; client http.Request.AddCookie`
}

func header(w http.ResponseWriter, v string) {
	w.Header().Set("Set-Cookie", "a=b; Path=/; HttpOnly")                        // want `header net/http; browser a Set-Cookie header \[Name=const:"a" Path=const:"/" HttpOnly=const:"true"\]`
	w.Header().Add("set-cookie", fmt.Sprintf("sid=%s; Secure; SameSite=Lax", v)) // want `header net/http; browser a Set-Cookie header \[Name=const:"sid" Secure=const:"true" SameSite=const:"Lax"\]`
	w.Header().Add("Set-Cookie", "sid="+v+"; Max-Age="+v)                        // want `Name=const:"sid" MaxAge=dynamic`
	w.Header().Add("Set-Cookie", v)
	c := &http.Cookie{Name: "x"} // want `literal net/http; browser a Set-Cookie header \[Name=const:"x"\]`
	w.Header().Add("Set-Cookie", c.String())
}

func harden(c *http.Cookie) {
	c.Secure = true
	c.HttpOnly = true
}

func send(w http.ResponseWriter, c *http.Cookie) {
	http.SetCookie(w, c)
}

func viaHelpers(w http.ResponseWriter) {
	c := &http.Cookie{Name: "h"} // want `literal net/http; browser http.SetCookie \[Name=const:"h" Secure=const:"true" HttpOnly=const:"true"\]`
	harden(c)
	send(w, c)
}

func newCookie(v string) *http.Cookie {
	return &http.Cookie{Name: "made", Value: v} // want `literal net/http; browser http.SetCookie \[Name=const:"made" Value=dynamic Secure=const:"true"\]; browser http.SetCookie \[Name=const:"made" Value=dynamic\]`
}

func useHelper(w http.ResponseWriter, r *http.Request) {
	c := newCookie("x")
	c.Secure = true
	http.SetCookie(w, c)
	http.SetCookie(w, newCookie("y"))
	r.AddCookie(newCookie("z"))
}

func NewExported() *http.Cookie {
	return &http.Cookie{Name: "exp"} // want `literal net/http; browser returned by NewExported`
}

type holder struct{ c *http.Cookie }

func stored(h *holder) {
	h.c = &http.Cookie{Name: "stored"} // want `^literal net/http$`
}
