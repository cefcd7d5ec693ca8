// Package gothic is a stub of github.com/markbates/goth/gothic v1.82.0.
package gothic

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/markbates/goth"
)

const SessionName = "_gothic_session"

var Store sessions.Store

func init() {
	Store = sessions.NewCookieStore([]byte("secret"))
}

func BeginAuthHandler(res http.ResponseWriter, req *http.Request) {}

// CompleteUserAuth is a variable of func type, as in the real package.
var CompleteUserAuth = func(res http.ResponseWriter, req *http.Request) (goth.User, error) {
	return goth.User{}, nil
}

func Logout(res http.ResponseWriter, req *http.Request) error { return nil }

func StoreInSession(key string, value string, req *http.Request, res http.ResponseWriter) error {
	return nil
}

func GetFromSession(key string, req *http.Request) (string, error) { return "", nil }
