package gorilla

import (
	"net/http"

	"github.com/gorilla/csrf"
)

// ProtectForms wraps the form handlers with gorilla/csrf (v1.7.2), whose
// token cookie is HttpOnly, Secure and SameSite=Lax by default.
func ProtectForms(key []byte, forms http.Handler) http.Handler {
	return csrf.Protect(key, csrf.Path("/"))(forms) // e2e: clean
}

// ProtectFormsOverHTTP turns Secure off for a deployment without TLS.
func ProtectFormsOverHTTP(key []byte, forms http.Handler) http.Handler {
	return csrf.Protect(key, csrf.Secure(false), csrf.Path("/"))(forms) // e2e: cookieflags
}
