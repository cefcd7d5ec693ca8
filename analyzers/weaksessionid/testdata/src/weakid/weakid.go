package weakid

import (
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/go-session/session/v3"
	"github.com/gofiber/fiber/v2"
	fsession "github.com/gofiber/fiber/v2/middleware/session"
	"github.com/gofiber/utils/v2"
	"github.com/google/uuid"
	gsessions "github.com/gorilla/sessions"
	irisctx "github.com/kataras/iris/v12/context"
	isessions "github.com/kataras/iris/v12/sessions"

	"ids"
	"weakid/db"
)

// Session cookies.

func loginRand(w http.ResponseWriter) {
	id := strconv.Itoa(rand.Int()) // want `session ID built from math/rand.Int is predictable: it becomes the value of cookie "sid"; generate session IDs with crypto/rand \(rand.Text\(\)\)`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, HttpOnly: true})
}

func loginCrypto(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: crand.Text(), HttpOnly: true})
}

func loginMixed(w http.ResponseWriter) {
	// A random part makes the whole unpredictable.
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: crand.Text() + strconv.Itoa(rand.Int())})
}

func theme(w http.ResponseWriter) {
	// math/rand for a cookie that is not a session's.
	themes := []string{"dark", "light"}
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: themes[rand.Intn(len(themes))]})
}

func loginV2(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: fmt.Sprint(randv2.Uint64())}) // want `session ID built from math/rand/v2.Uint64 is predictable: it becomes the value of cookie "session_id"`
}

func loginTime(w http.ResponseWriter) {
	sum := sha256.Sum256([]byte(time.Now().String())) // want `session ID built from time.Now is predictable: it becomes the value of cookie "SESSIONID"`
	http.SetCookie(w, &http.Cookie{Name: "SESSIONID", Value: hex.EncodeToString(sum[:])})
}

func loginPID(w http.ResponseWriter) {
	v := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano()) // want `session ID built from os.Getpid is predictable` `session ID built from time.Now is predictable`
	http.SetCookie(w, &http.Cookie{Name: "sess", Value: v})
}

var seq int64

func loginCounter(w http.ResponseWriter) {
	n := atomic.AddInt64(&seq, 1) // want `session ID built from sync/atomic.AddInt64 is predictable: it becomes the value of cookie "sid"`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: strconv.FormatInt(n, 10)})
}

var requests int64

func countRequests(w http.ResponseWriter) {
	// A counter that is not a session ID.
	atomic.AddInt64(&requests, 1)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: uuid.NewString()})
}

func loginUUID(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: uuid.New().String()})
}

func jitter() time.Duration {
	// math/rand that is not an ID at all.
	return time.Duration(rand.Intn(100)) * time.Millisecond
}

// A helper in another package.

func loginHelper(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: ids.New()}) // want `session ID built from math/rand.Int63 in ids.New \(ids.go:13\) is predictable: it becomes the value of cookie "sid"`
}

func loginHelperSecure(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: ids.Secure()})
}

// A helper in this package, and a cookie set in a helper.

func counterID() string {
	nextID++ // want `session ID built from counter nextID is predictable: it becomes the value of cookie "sid"`
	return "s" + strconv.Itoa(nextID)
}

var nextID int

func setSession(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id})
}

func loginCounterHelper(w http.ResponseWriter) {
	setSession(w, counterID())
}

func loginSecureHelper(w http.ResponseWriter) {
	setSession(w, crand.Text())
}

// gin's positional SetCookie.

func ginLogin(c *gin.Context) {
	c.SetCookie("session", strconv.FormatInt(time.Now().Unix(), 10), 3600, "/", "", true, true) // want `session ID built from time.Now is predictable: it becomes the value of cookie "session"`
}

func ginTheme(c *gin.Context) {
	c.SetCookie("theme", strconv.FormatInt(time.Now().Unix(), 10), 3600, "/", "", true, true)
}

// fiber.

func fiberLogin(c *fiber.Ctx) {
	c.Cookie(&fiber.Cookie{Name: "session_id", Value: strconv.Itoa(rand.Intn(1 << 30))}) // want `session ID built from math/rand.Intn is predictable: it becomes the value of cookie "session_id"`
}

var fiberStore = fsession.New(fsession.Config{
	KeyGenerator: func() string {
		return strconv.FormatInt(time.Now().UnixNano(), 36) // want `session ID built from time.Now is predictable: it becomes the fiber session-ID generator session.Config.KeyGenerator`
	},
})

var fiberStoreOK = fsession.New(fsession.Config{KeyGenerator: utils.UUIDv4})

var fiberStoreHelper = fsession.New(fsession.Config{KeyGenerator: ids.New}) // want `session ID built from math/rand.Int63 in ids.New \(ids.go:13\) is predictable`

// iris.

var irisSessions = isessions.New(isessions.Config{
	Cookie: "sid",
	SessionIDGenerator: func(*irisctx.Context) string {
		return fmt.Sprintf("%d", rand.Int63()) // want `session ID built from math/rand.Int63 is predictable: it becomes the iris session-ID generator sessions.Config.SessionIDGenerator`
	},
})

// go-session.

var gsm = session.NewManager(session.SetSessionID(func(context.Context) string {
	return strconv.Itoa(os.Getpid()) // want `session ID built from os.Getpid is predictable: it becomes the go-session session-ID generator given to session.SetSessionID`
}))

var gsmOK = session.NewManager(session.SetSessionID(func(context.Context) string { return crand.Text() }))

// gorilla: an ID chosen by the application.

func gorillaID(store gsessions.Store, w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "sid")
	s.ID = strconv.FormatInt(rand.Int63(), 16) // want `session ID built from math/rand.Int63 is predictable: it becomes the ID of a sessions.Session`
	s.Save(r, w)
}

func gorillaRenew(store gsessions.Store, w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "sid")
	s.ID = ""
	s.Save(r, w)
}

// Hand-made stores.

type Session struct{ User string }

var sessions = map[string]*Session{}

func createSession(user string) string {
	id := fmt.Sprint(time.Now().UnixNano()) // want `session ID built from time.Now is predictable: it becomes the key of sessions`
	sessions[id] = &Session{User: user}
	return id
}

var cache = map[string]int{}

func cacheRandom() {
	// A map that does not hold sessions.
	cache[strconv.Itoa(rand.Int())] = 1
}

type sessionStore interface {
	Create(id string, s *Session) error
}

func createInStore(st sessionStore) {
	st.Create(strconv.Itoa(rand.Int()), &Session{}) // want `session ID built from math/rand.Int is predictable: it becomes the key given to sessionStore.Create`
}

type userStore interface {
	Create(id string, name string) error
}

func createUser(st userStore) {
	// Not a session store.
	st.Create(strconv.Itoa(rand.Int()), "bob")
}

// A generator named as such, whatever uses it.

func newSessionID() string {
	return strconv.FormatInt(time.Now().UnixNano(), 36) // want `session ID built from time.Now is predictable: it becomes the session ID returned by newSessionID`
}

func newSessionToken() string {
	return crand.Text()
}

// withConnection names a database connection by a random token: not a
// session ID.
func withConnection(st db.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		db.StoreSession(st, strconv.Itoa(rand.Int()), func() { next.ServeHTTP(w, r) })
	})
}

// A user's ID given to a session manager is whose session it is, not the
// session's ID: predictable user IDs are another matter.
func keepUser(m ids.Sessions) {
	_ = m.SetSession(ids.New(), "admin")
}

func saveUnderPredictable(m ids.Sessions) {
	_ = m.SaveSession(ids.New(), "data") // want `session ID built from math/rand.Int63 in ids.New \(ids.go:13\) is predictable: it becomes the key given to Sessions.SaveSession`
}

// sessionState is handed to the cookie helper whole: only its ID becomes
// the cookie's value.
type sessionState struct {
	ID        string
	ExpiresAt time.Time
}

func setStateCookie(w http.ResponseWriter, st sessionState) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: st.ID, Expires: st.ExpiresAt, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func stateFromRandom(w http.ResponseWriter) {
	setStateCookie(w, sessionState{ID: crand.Text(), ExpiresAt: time.Now().Add(time.Hour)})
}

func stateFromClock(w http.ResponseWriter) {
	setStateCookie(w, sessionState{ID: strconv.FormatInt(time.Now().UnixNano(), 10), ExpiresAt: time.Now()}) // want `session ID built from time.Now is predictable`
}
