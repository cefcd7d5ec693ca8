// Command cookieapp wires cookies the way real applications do, across
// packages: a framework adapter that writes cookie.String() into its own
// header map (engine), handlers that set cookies through it (account), a
// store of the application's own whose default options main replaces (kv),
// a gorilla store whose every session gets its own options before Save,
// and an scs manager registered as a method value.
package main

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"

	"sessionlint.test/e2e/apps/cookieapp/account"
	"sessionlint.test/e2e/apps/cookieapp/kv"
	"sessionlint.test/e2e/apps/cookieapp/mw"
)

// useTLS would come from the configuration.
var useTLS = true

var key = []byte("e2e-hash-key-0123456789abcdef012")

// visits gives every session its own options before Save: the store's
// defaults never reach a browser.
var visits = sessions.NewFilesystemStore("", key) // e2e: clean

func countVisit(w http.ResponseWriter, r *http.Request) {
	s, err := visits.Get(r, "visits")
	if err != nil {
		http.Error(w, "bad session", http.StatusBadRequest)
		return
	}
	s.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode} // e2e: clean
	n, _ := s.Values["n"].(int)
	s.Values["n"] = n + 1
	_ = s.Save(r, w)
}

// carts forgets the options in one handler: the store is reported, with
// that Save as where its defaults are sent.
var carts = sessions.NewFilesystemStore("", key) // e2e: cookieflags

func addToCart(w http.ResponseWriter, r *http.Request) {
	s, _ := carts.Get(r, "cart")
	s.Values["item"] = r.FormValue("item")
	_ = s.Save(r, w)
}

type app struct {
	sessions *scs.SessionManager
}

type router struct{ handler http.Handler }

func (rt *router) Use(mw func(http.Handler) http.Handler) { rt.handler = mw(rt.handler) }

func main() {
	sm := scs.New() // e2e: cookieflags
	sm.Cookie.Name = "sid"
	a := &app{sessions: sm}
	rt := &router{handler: http.DefaultServeMux}
	rt.Use(a.sessions.LoadAndSave)

	mw.Store.Options.Secure = useTLS
	mw.Store.Options.SameSite = http.SameSiteLaxMode

	store := kv.New(key)
	store.SetOptions(sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})

	http.HandleFunc("/visit", countVisit)
	http.HandleFunc("/cart", addToCart)
	http.Handle("/login", account.Login(store))
	_ = http.ListenAndServe(":8080", rt.handler)
}
