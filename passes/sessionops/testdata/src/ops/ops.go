package ops

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	gcsessions "github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	gosession "github.com/go-session/session/v3"
	"github.com/google/uuid"
	"github.com/gorilla/sessions"

	"opsdep"
	"users"
)

var sm = scs.New()

var store = sessions.NewFilesystemStore("")

func scsOps(w http.ResponseWriter, r *http.Request, u *users.User) {
	ctx := r.Context()
	sm.Put(ctx, "userID", u.ID)                     // want `sink Put scs@r key=userID before=false sanitized=true identity`
	sm.Clear(r.Context())                           // want `trap Clear scs@r`
	_ = sm.RenewToken(r.WithContext(ctx).Context()) // want `renew RenewToken scs@r`
	sm.Put(ctx, "theme", u.Theme)                   // want `sink Put scs@r key=theme before=true sanitized=true$`
}

func gorillaOps(w http.ResponseWriter, r *http.Request, u *users.User) {
	s, _ := store.Get(r, "sid")              // want `obtain Get gorilla/sessions@r\["sid"\]`
	other, _ := store.Get(r, "other")        // want `obtain Get gorilla/sessions@r\["other"\]`
	other.ID = ""                            // want `renew ID gorilla/sessions@r\["other"\]`
	s.Values["user_id"] = u.ID               // want `sink Values gorilla/sessions@r\["sid"\] key=user_id before=false sanitized=false identity`
	s.Values = map[interface{}]interface{}{} // want `trap clearing Values gorilla/sessions@r\["sid"\]`
	_ = s.Save(r, w)                         // want `persist Save gorilla/sessions@r\["sid"\]`
	_ = sessions.Save(r, w)                  // want `persist Save gorilla/sessions@r`
}

func ginOps(c *gin.Context, u *users.User) {
	s := gcsessions.Default(c)                                     // want `obtain Default gin-contrib/sessions@c \(stateless\)`
	s.Set("user", u)                                               // want `sink Set gin-contrib/sessions@c \(stateless\) key=user before=false sanitized=true identity`
	s.(interface{ Session() *sessions.Session }).Session().ID = "" // want `renew ID gin-contrib/sessions@c \(stateless\)`
	_ = s.Save()                                                   // want `persist Save gin-contrib/sessions@c \(stateless\)`
}

func setup(e *gin.Engine) {
	e.Use(gcsessions.Sessions("sid", cookie.NewStore([]byte("k"))))
}

func goSessionOps(w http.ResponseWriter, r *http.Request, u *users.User) {
	old, _ := gosession.Start(r.Context(), w, r) // want `obtain Start go-session@r`
	s, _ := opsdep.Fresh(w, r)
	old.Set("user_id", u.ID) // want `sink Set go-session@r key=user_id before=false sanitized=false identity`
	s.Set("user_id", u.ID)   // want `sink Set go-session@t\d+ \(fresh\) key=user_id before=true sanitized=true identity`
	_ = s.Save()             // want `persist Save go-session@t\d+ \(fresh\)`
	_ = old.Save()           // want `persist Save go-session@r`
}

func helperOps(w http.ResponseWriter, r *http.Request, u *users.User) {
	s, _ := store.Get(r, "sid")   // want `obtain Get gorilla/sessions@r\["sid"\]`
	opsdep.Put(r, "k", u)         // want `sink Put scs@r key=k before=false sanitized=true identity`
	_ = opsdep.Renew(r.Context()) // want `renew Renew scs@r`
	opsdep.Reset(s)               // want `renew Reset gorilla/sessions@r\["sid"\]`
	func() {
		sm.Put(r.Context(), "user", u.Email) // want `sink Put scs@r key=user before=false sanitized=false identity`
	}() // want `sink function literal scs@r key=user before=true sanitized=true identity`
}

func deferred(w http.ResponseWriter, r *http.Request) {
	defer sm.RenewToken(r.Context()) // want `renew RenewToken scs@r deferred`
	go sm.RenewToken(r.Context())    // want `renew RenewToken scs@r async`
	sm.Put(r.Context(), "userID", 1) // want `sink Put scs@r key=userID before=false sanitized=true`
}

var sessionsByID = map[string]*users.User{}

type record struct{ UserID int }

var records = map[string]*record{}

func handMade(w http.ResponseWriter, r *http.Request, u *users.User) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	sessionsByID[c.Value] = u      // want `sink map write hand-made store@r\["sid"\] key=\? before=false sanitized=false identity`
	sessionsByID["s:"+c.Value] = u // want `sink map write hand-made store@r\["sid"\]`
	rec := records[c.Value]
	rec.UserID = u.ID // want `sink field write hand-made store@r\["sid"\] key=UserID before=false sanitized=false identity`
	id := uuid.NewString()
	sessionsByID[id] = u
}

func loginRecord(w http.ResponseWriter, r *http.Request) {
	u := &users.User{}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	rec := records[c.Value]
	rec.UserID = u.ID // want `sink field write hand-made store@r\["sid"\] key=UserID before=false sanitized=false identity`
}
