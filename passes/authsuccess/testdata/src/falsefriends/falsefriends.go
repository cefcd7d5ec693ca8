// Package falsefriends has tests that look like credential checks and are
// not: input validation, CSRF and OAuth state checks, error sentinels,
// unrelated errors, and handlers named like login handlers that only
// render the form or log out. None is a success point.
package falsefriends

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
)

type User struct {
	Password  string
	TokenType string
	Data      []byte
}

var ErrInvalidToken = errors.New("invalid token")

func ping() error { return nil }

func parse(s string) (string, error) { return s, nil }

func use(v any) {}

func validate(w http.ResponseWriter, r *http.Request, u *User) {
	pw := r.FormValue("password")
	if pw == "" { // validation, not authentication
		return
	}
	if len(pw) < 8 || len(pw) == 0 {
		return
	}
	if pw != r.FormValue("password_confirm") { // the confirmation field
		return
	}
	if u.Password == "" {
		return
	}
	var newPassword, oldPassword string
	if newPassword == oldPassword {
		return
	}
	if u.TokenType == "Bearer" { // a token's type is no credential
		return
	}
	use(pw)
}

func csrf(w http.ResponseWriter, r *http.Request, c *http.Cookie) {
	if subtle.ConstantTimeCompare([]byte(r.FormValue("csrf_token")), []byte(c.Value)) != 1 {
		return
	}
	var csrfToken string
	if csrfToken != r.Header.Get("X-CSRF-Token") {
		return
	}
	if r.FormValue("state") != c.Value {
		return
	}
	use(c)
}

func sentinel(w http.ResponseWriter, r *http.Request) {
	_, err := parse(r.FormValue("token"))
	if err == ErrInvalidToken {
		return
	}
	if err := ping(); err != nil {
		return
	}
	use(err)
}

type suite struct{ hash uint }

// Integrity checks and routes are no credential checks.
func integrity(w http.ResponseWriter, r *http.Request, a, b suite, fileHash, expectedHash string, clientDataHash []byte) {
	if a.hash != b.hash { // an algorithm identifier
		return
	}
	if fileHash != expectedHash {
		return
	}
	if !bytes.Equal([]byte(r.FormValue("x")), clientDataHash) {
		return
	}
	if r.URL.Path == "/api/token" { // the literal is a value, not a name
		return
	}
	use(a)
}

// bytes.Equal counts only for credentials and derived keys.
func data(u *User, other []byte) bool {
	return bytes.Equal(u.Data, other)
}

func logout(w http.ResponseWriter, r *http.Request)    {}
func LogOut(w http.ResponseWriter, r *http.Request)    {}
func showLogin(w http.ResponseWriter, r *http.Request) {}
func loginPage(w http.ResponseWriter, r *http.Request) {}
func GetLogin(w http.ResponseWriter, r *http.Request)  {}

// Named like a login handler but not a handler: no parameter of a web
// handler.
func login(email, pw string) {}

// Helpers that take a ResponseWriter but are not handlers.
func setCallbackCookie(w http.ResponseWriter, r *http.Request, name, value string) {}
func loginChallenge(w http.ResponseWriter, r *http.Request)                        {}

// Client code: it authenticates an outgoing request.
func authenticateRequest(req *http.Request) {}

// Middleware, not a handler.
func loginRequired(next http.Handler) http.Handler { return next }

// A CSRF helper compares tokens: no summary, so its callers get no point.
func validateCSRFToken(token, clientToken string) bool {
	return subtle.ConstantTimeCompare([]byte(token), []byte(clientToken)) == 1
}

func csrfMiddleware(w http.ResponseWriter, r *http.Request, token string) {
	if !validateCSRFToken(token, r.Header.Get("X-Token")) {
		return
	}
	if subtle.ConstantTimeCompare([]byte(token), []byte(r.Header.Get("X-Token"))) != 1 {
		return
	}
	use(token)
}

// A router's own type is no login handler, whatever its methods take.
type ControllerRegister struct{}

func (p *ControllerRegister) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// tokenHash hashes the token fields the signup form carries.
func tokenHash(accessToken, username string) string {
	h := sha256.Sum256([]byte(accessToken + username))
	return hex.EncodeToString(h[:])
}

// tamperCheck compares a hash of form fields with another form field: the
// client sent both sides, so it proves no identity.
func tamperCheck(w http.ResponseWriter, r *http.Request) {
	if tokenHash(r.FormValue("access_token"), r.FormValue("username")) != r.FormValue("token_hash") {
		http.Error(w, "tampered", http.StatusBadRequest)
		return
	}
	use(r.FormValue("username"))
}

// doubleSubmit compares the CSRF cookie with the form's copy.
func doubleSubmit(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("csrf_token")
	if err != nil || c.Value != r.FormValue("csrf_token") {
		http.Error(w, "bad token", http.StatusForbidden)
	}
}
