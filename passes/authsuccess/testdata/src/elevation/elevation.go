// Package elevation shows admin and API-key checks: compare points of kind
// elevation.
package elevation

import (
	"crypto/subtle"
	"net/http"
)

type Config struct {
	AdminKey string
}

type User struct{ Role string }

var cfg Config

func grant(v any) {}

func admin(w http.ResponseWriter, r *http.Request) { // want `summary: authenticates\(always, elevation\)`
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Admin-Key")), []byte(cfg.AdminKey)) != 1 { // want `auth success: elevation: subtle.ConstantTimeCompare returned 1`
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	grant("admin")
}

func apiKey(w http.ResponseWriter, r *http.Request) {
	apiKey := r.Header.Get("X-API-Key")
	if apiKey == cfg.AdminKey { // want `auth success: elevation: credential comparison apiKey == cfg.AdminKey is true`
		grant("admin")
	}
}

// A role test is authorisation of an already authenticated user, not a
// credential check.
func role(w http.ResponseWriter, r *http.Request, u *User) {
	if u.Role == "admin" {
		grant("admin")
	}
}
