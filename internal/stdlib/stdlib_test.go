package stdlib_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/stdlib"
)

func TestIsStd(t *testing.T) {
	for path, want := range map[string]bool{
		"net/http": true, "crypto/rand": true, "unsafe": true, "internal/abi": true,
		"vendor/golang.org/x/net/http2/hpack": true,
		"github.com/gorilla/sessions":         false, "example.com/m": false,
		"a": false, "nethttp": false, "sessions": false, "": false,
	} {
		if got := stdlib.IsStd(path); got != want {
			t.Errorf("IsStd(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestEveryStdPackage: every package go list std names is standard.
func TestEveryStdPackage(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skip("go list std:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if !stdlib.IsStd(p) {
			t.Errorf("IsStd(%q) = false", p)
		}
	}
}
