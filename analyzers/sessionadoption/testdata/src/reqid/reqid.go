// Package reqid reads a session ID a client proposes, for other packages.
package reqid

import "net/http"

// FromRequest returns the ID from the X-Session-ID header.
func FromRequest(r *http.Request) string {
	return r.Header.Get("X-Session-ID")
}
