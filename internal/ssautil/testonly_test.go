package ssautil

import "testing"

func TestTestName(t *testing.T) {
	for name, want := range map[string]bool{
		"newTestRouter":              true,
		"testServer":                 true,
		"setupTest":                  true,
		"getAuthenticatedTestRouter": true,
		"Test":                       true,
		"latest":                     false,
		"contest":                    false,
		"attestation":                false,
		"Testimonials":               false,
		"newRouter":                  false,
	} {
		if got := testName.MatchString(name); got != want {
			t.Errorf("testName.MatchString(%q) = %v, want %v", name, got, want)
		}
	}
}
