package weakfix

import (
	"math/rand"
	"net/http"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func token() string {
	b := make([]byte, 24)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // want `session ID built from math/rand.Intn is predictable`
	}
	return string(b)
}

// backoff keeps math/rand in use in this file.
func backoff() time.Duration { return time.Duration(rand.Intn(100)) * time.Millisecond }

func loginToken(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token(), HttpOnly: true})
}

func seeded(r *rand.Rand) string {
	// Not of the shape func() string: no fix.
	return string(letters[r.Intn(len(letters))]) // want `session ID built from math/rand.Rand.Intn is predictable`
}

func loginSeeded(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: seeded(rand.New(rand.NewSource(1)))})
}
