// Package robust holds odd but valid code the pass must survive.
package robust

import (
	"net/http"
	"time"
)

type cookieT interface{ *http.Cookie }

func generic[T cookieT](w http.ResponseWriter, c T) {
	http.SetCookie(w, c)
}

func useGeneric(w http.ResponseWriter) {
	generic(w, &http.Cookie{Name: "g"}) // want `^literal net/http$`
}

func closure(w http.ResponseWriter) {
	c := &http.Cookie{Name: "cl"} // want `browser http.SetCookie \[Name=dynamic .*Secure=dynamic`
	set := func() { c.Secure = true }
	set()
	http.SetCookie(w, c)
}

func methodValue(w http.ResponseWriter) {
	c := &http.Cookie{Name: "mv"} // want `^literal net/http$`
	str := c.String
	w.Header().Add("Set-Cookie", str())
}

func funcValue(w http.ResponseWriter, send func(http.ResponseWriter, *http.Cookie)) {
	send(w, &http.Cookie{Name: "fv"}) // want `^literal net/http$`
}

func recursive(w http.ResponseWriter, n int) *http.Cookie {
	if n == 0 {
		return &http.Cookie{Name: "rec"} // want `^literal net/http$`
	}
	c := recursive(w, n-1)
	http.SetCookie(w, c)
	return c
}

func loop(w http.ResponseWriter, names []string) {
	for _, n := range names {
		c := &http.Cookie{Name: n} // want `browser http.SetCookie \[Name=dynamic MaxAge=dynamic\]`
		for i := 0; i < 3; i++ {
			c.MaxAge = i
		}
		http.SetCookie(w, c)
	}
}

func deferred(w http.ResponseWriter) {
	c := &http.Cookie{Name: "d"} // want `browser http.SetCookie \[Name=const:"d"\]; browser http.SetCookie \[Name=const:"d"\]`
	defer http.SetCookie(w, c)
	go http.SetCookie(w, c)
}

func slices(w http.ResponseWriter) {
	cs := []*http.Cookie{{Name: "s1"}, {Name: "s2"}} // want `^literal net/http; browser http.SetCookie \[Name=const:"s1"\]$` `^literal net/http; browser http.SetCookie \[Name=const:"s2"\]$`
	for _, c := range cs {
		http.SetCookie(w, c)
	}
	arr := [1]http.Cookie{{Name: "a"}} // want `^literal net/http$`
	http.SetCookie(w, &arr[0])
}

func anyValue(w http.ResponseWriter) {
	var v any = &http.Cookie{Name: "any"} // want `^literal net/http$`
	if c, ok := v.(*http.Cookie); ok {
		http.SetCookie(w, c)
	}
}

func expires(w http.ResponseWriter, d time.Duration) {
	http.SetCookie(w, &http.Cookie{Name: "e", Expires: time.Now().Add(d)})                           // want `Expires=dynamic`
	http.SetCookie(w, &http.Cookie{Name: "e", Expires: time.Now().AddDate(0, 0, -1).UTC()})          // want `Expires=const:"past"`
	http.SetCookie(w, &http.Cookie{Name: "e", Expires: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}) // want `Expires=const:"past"`
}

type wrapper struct{ http.Cookie }

func embedded(w http.ResponseWriter) {
	x := wrapper{http.Cookie{Name: "emb"}} // want `^literal net/http$`
	x.Secure = true
	http.SetCookie(w, &x.Cookie)
}

var global = &http.Cookie{Name: "global"} // want `^literal net/http$`

func useGlobal(w http.ResponseWriter) {
	http.SetCookie(w, global)
}
