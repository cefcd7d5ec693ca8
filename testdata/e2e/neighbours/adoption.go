// Package neighbours has the neighbours of session fixation: session IDs
// the client chooses (sessionadoption), session IDs in URLs (sessionidurl)
// and predictable session IDs (weaksessionid), with their clean
// look-alikes.
package neighbours

import (
	"crypto/rand"
	"net/http"
	"sync"
	"time"

	gsessions "github.com/gorilla/sessions"
)

// Session is a hand-made session record.
type Session struct {
	ID   string
	User string
	Seen time.Time
}

var (
	mu       sync.Mutex
	sessions = map[string]*Session{}
)

func setSessionCookie(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: sessionadoption
}

// LoginAdopting takes the session ID from the login form.
func LoginAdopting(w http.ResponseWriter, r *http.Request) {
	sid := r.PostFormValue("sid")
	setSessionCookie(w, sid)
}

// LoginMinting mints the session ID on the server.
func LoginMinting(w http.ResponseWriter, r *http.Request) {
	setSessionCookie(w, rand.Text())
}

// Current returns the request's session, creating it under the client's
// cookie value when the store does not know it.
func Current(r *http.Request) *Session {
	c, err := r.Cookie("sid")
	if err != nil {
		return nil
	}
	mu.Lock()
	defer mu.Unlock()
	s, ok := sessions[c.Value]
	if !ok {
		s = &Session{ID: c.Value}
		sessions[c.Value] = s // e2e: sessionadoption
	}
	return s
}

// CurrentStrict only ever finds sessions the server created.
func CurrentStrict(w http.ResponseWriter, r *http.Request) *Session {
	mu.Lock()
	defer mu.Unlock()
	if c, err := r.Cookie("sid"); err == nil {
		if s, ok := sessions[c.Value]; ok {
			s.Seen = time.Now()
			sessions[c.Value] = s // e2e: clean
			return s
		}
	}
	s := &Session{ID: rand.Text(), Seen: time.Now()}
	sessions[s.ID] = s                                                                                                                 // e2e: clean
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: s.ID, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // e2e: clean
	return s
}

// GorillaAdopting gives a gorilla session the ID the client asked for.
func GorillaAdopting(store gsessions.Store, w http.ResponseWriter, r *http.Request) {
	s, err := store.Get(r, "sid")
	if err != nil {
		return
	}
	s.ID = r.Header.Get("X-Session") // e2e: sessionadoption
	_ = s.Save(r, w)
}
