// Package tiny checks suppression directives through golangci-lint. The
// golangci-lint configuration of the test disables weaksessionid.
package tiny

import "net/http"

// Twin is Suppressed without the directive.
func Twin(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
}

// Suppressed sets the same cookie as Twin under a directive.
func Suppressed(w http.ResponseWriter) {
	//sessionlint:ignore cookieflags the cookie is read by a script on purpose
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
}

// Disabled holds a directive for an analyzer that does not run: it is not
// reported as unused.
func Disabled() {
	//sessionlint:ignore weaksessionid disabled in the configuration
	_ = 1
}

// MissingReason holds a malformed directive: cookieflags, the analyzer it
// names, reports it.
func MissingReason() {
	//sessionlint:ignore cookieflags
	_ = 2
}

// Unused holds a directive that suppresses nothing.
func Unused() {
	//sessionlint:ignore sessionfixation nothing to suppress here
	_ = 3
}
