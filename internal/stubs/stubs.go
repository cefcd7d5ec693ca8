// Package stubs holds the one set of library stubs that the tests of every
// analyzer and pass share, and the helper that puts them in front of
// analysistest.
//
// The stubs live under testdata/src/<import path> (github.com/gorilla/sessions,
// github.com/gofiber/fiber/v2, golang.org/x/crypto/bcrypt, ...). Each is a
// minimal package that declares, with the real library's signatures, the
// union of what the fixtures use; bodies are placeholders. When a fixture
// needs a declaration that is missing, add it here, checked against the real
// module (testdata/modelcheck/go.mod lists the versions), rather than
// copying the stub next to the fixture.
//
// A test that models another version of a library on purpose overlays its
// own package at the same import path (TestData replaces the stub), or, when
// the version must appear in the files' path, keeps a GOPATH of its own:
// analyzers/sessionadoption/testdata/fiber@v2.52.4 is one.
package stubs

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestData returns a fresh analysistest directory (a GOPATH) whose src
// holds the shared stubs overlaid with the packages under each
// fixtures/src, in order. A fixture package at a stub's import path
// replaces that stub's files, so a test can model a particular version of
// a library (say an old fiber) beside its own fixtures.
func TestData(t testing.TB, fixtures ...string) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("stubs: cannot locate the stub tree")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	copyTree(t, filepath.Join(filepath.Dir(file), "testdata", "src"), src)
	for _, f := range fixtures {
		abs, err := filepath.Abs(filepath.Join(f, "src"))
		if err != nil {
			t.Fatal(err)
		}
		copyTree(t, abs, src)
	}
	return dir
}

// copyTree copies the tree at from into to. Before a directory's files are
// copied, the Go files already in its destination are removed, so a
// package is replaced as a whole rather than mixed with the previous one.
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
			if err := os.MkdirAll(dst, 0o755); err != nil {
				return err
			}
			return clearGoFiles(path, dst)
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

// clearGoFiles removes the Go files of dst if src has Go files of its own.
func clearGoFiles(src, dst string) error {
	if !hasGoFiles(src) {
		return nil
	}
	entries, err := os.ReadDir(dst)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.IsDir() && filepath.Ext(e.Name()) == ".go" {
			if err := os.Remove(filepath.Join(dst, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && filepath.Ext(e.Name()) == ".go" {
			return true
		}
	}
	return false
}
