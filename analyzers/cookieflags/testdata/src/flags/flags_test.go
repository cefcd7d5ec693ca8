package flags

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test servers set throwaway cookies: not reported unless -cookieflags.tests.
func TestServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
	}))
	defer srv.Close()
}
