// Package gothic is a stub of github.com/markbates/goth/gothic (v1.82.0).
package gothic

import (
	"net/http"

	"github.com/markbates/goth"
)

func BeginAuthHandler(res http.ResponseWriter, req *http.Request) {}

// CompleteUserAuth is a variable of func type, as in the real package.
var CompleteUserAuth = func(res http.ResponseWriter, req *http.Request) (goth.User, error) {
	return goth.User{}, nil
}

func StoreInSession(key string, value string, req *http.Request, res http.ResponseWriter) error {
	return nil
}
