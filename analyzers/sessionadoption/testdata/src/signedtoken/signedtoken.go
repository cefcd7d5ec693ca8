// Package signedtoken: a stateless session token is a MAC of the user's
// name keyed by the server's secret; the client cannot choose it. Signing
// with a key written in the code is no better than sending the name.
package signedtoken

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"os"
)

var secret, _ = os.ReadFile("/etc/app/secret")

func sign(name string) string {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(name))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

func login(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: sign(r.FormValue("username")), HttpOnly: true})
}

func signWithConstant(name string) string {
	h := hmac.New(sha256.New, []byte("changeme"))
	h.Write([]byte(name))
	return base64.RawURLEncoding.EncodeToString(h.Sum(nil))
}

func loginConstantKey(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_token", Value: signWithConstant(r.FormValue("username")), HttpOnly: true}) // want `session cookie "session_token" is set to a value from the request`
}
