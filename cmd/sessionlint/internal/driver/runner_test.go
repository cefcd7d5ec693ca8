package driver

import (
	"testing"

	"golang.org/x/tools/go/analysis/unitchecker"
)

// TestImportCacheForConfig checks when a worker's imported packages are
// kept for the next package: only between packages that see the same
// build of every dependency.
func TestImportCacheForConfig(t *testing.T) {
	plain := func(id string, files map[string]string) *unitchecker.Config {
		return &unitchecker.Config{ID: id, PackageFile: files}
	}
	for _, tc := range []struct {
		cfg  *unitchecker.Config
		kept bool
	}{
		{plain("example.com/b", map[string]string{"lib": "lib.a", "other": "other.a"}), true},
		{plain("example.com/c", map[string]string{"other": "other.a"}), true},
		{plain("example.com/d", map[string]string{"lib": "lib-for-a-test.a"}), false},
		{plain("example.com/a [example.com/a.test]", map[string]string{"lib": "lib.a"}), false},
	} {
		c := newImportCache()
		c.shared = true
		c.files["lib"] = "lib.a"
		c.imports["lib"] = nil
		got := c.forConfig(tc.cfg)
		if kept := len(got.files) == 1; kept != tc.kept {
			t.Errorf("%s: cache kept = %v, want %v", tc.cfg.ID, kept, tc.kept)
		}
	}

	// After a test variant, the next plain package starts afresh too.
	c := newImportCache()
	c.forConfig(plain("example.com/a [example.com/a.test]", nil)).files["lib"] = "lib-for-a-test.a"
	if got := c.forConfig(plain("example.com/b", nil)); len(got.files) != 0 {
		t.Errorf("a plain package reused a test variant's imports")
	}
}
