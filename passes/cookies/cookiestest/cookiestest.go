// Package cookiestest lets the tests of the analyzers built on
// passes/cookies share one set of library stubs: minimal packages under
// passes/cookies/testdata/src that mirror the real import paths and
// signatures of gin, echo, fiber, gorilla/sessions, gin-contrib/sessions,
// scs, beego and iris.
package cookiestest

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestData returns an analysistest directory (a GOPATH) holding the
// packages under fixtures/src together with the library stubs.
func TestData(t testing.TB, fixtures string) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cookiestest: cannot locate the stubs")
	}
	stubs := filepath.Join(filepath.Dir(file), "..", "testdata", "src")
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	entries, err := os.ReadDir(stubs)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		// Stubs live under domain-named roots (github.com/...); the
		// pass's own fixtures do not.
		if e.IsDir() && strings.Contains(e.Name(), ".") {
			copyTree(t, filepath.Join(stubs, e.Name()), filepath.Join(src, e.Name()))
		}
	}
	abs, err := filepath.Abs(filepath.Join(fixtures, "src"))
	if err != nil {
		t.Fatal(err)
	}
	copyTree(t, abs, src)
	return dir
}

func copyTree(t testing.TB, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
