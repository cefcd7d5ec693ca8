package analyzers_test

import (
	"slices"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
)

// TestCWEOf: a finding names the weaknesses of its own categories, and the
// analyzer's list only when its category maps to none.
func TestCWEOf(t *testing.T) {
	for _, tc := range []struct {
		analyzer, category string
		want               []string
	}{
		{"cookieflags", "httponly", []string{"CWE-1004"}},
		{"cookieflags", "secure,samesite", []string{"CWE-614", "CWE-1275"}},
		{"cookieflags", "secure,samesite-none", []string{"CWE-614"}},
		{"cookiescope", "public-suffix", []string{"CWE-668"}},
		{"sessionfixation", "", []string{"CWE-384"}},
		{"cookieflags", "unknown", []string{"CWE-1004", "CWE-614", "CWE-1275"}},
		{"cookieflags", "suppression", nil}, // a directive's problem is no weakness
	} {
		if got := analyzers.Registry.Meta(tc.analyzer).CWEOf(tc.category); !slices.Equal(got, tc.want) {
			t.Errorf("CWEOf of %s, %q = %v, want %v", tc.analyzer, tc.category, got, tc.want)
		}
	}
}
