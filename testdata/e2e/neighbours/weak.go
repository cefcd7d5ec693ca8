package neighbours

import (
	"crypto/rand"
	"fmt"
	mrand "math/rand"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gofiber/fiber/v2/middleware/session"
)

// LoginRandom mints the session ID with math/rand.
func LoginRandom(w http.ResponseWriter, r *http.Request) {
	id := strconv.FormatInt(mrand.Int63(), 36) // e2e: weaksessionid
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// Theme uses math/rand for a cookie that is not a session's.
func Theme(w http.ResponseWriter, r *http.Request) {
	themes := []string{"dark", "light"}
	v := themes[mrand.Intn(len(themes))] // e2e: clean
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: v, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

var next atomic.Int64

// LoginCounter numbers its sessions.
func LoginCounter(w http.ResponseWriter, r *http.Request) {
	n := next.Add(1) // e2e: weaksessionid
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: fmt.Sprintf("s%08d", n), Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// LoginCrypto mints the session ID with crypto/rand.
func LoginCrypto(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: rand.Text(), Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
}

// ClockStore is a fiber store whose IDs are the time of day.
var ClockStore = session.New(session.Config{
	CookieHTTPOnly: true,
	CookieSecure:   true,
	KeyGenerator: func() string {
		return strconv.FormatInt(time.Now().UnixNano(), 36) // e2e: weaksessionid
	},
})

// RandomStore is a fiber store with a crypto/rand generator.
var RandomStore = session.New(session.Config{
	CookieHTTPOnly: true,
	CookieSecure:   true,
	KeyGenerator:   rand.Text, // e2e: clean
})
