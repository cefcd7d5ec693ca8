package stubs_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/stubs"
)

// TestStubsTypeCheck loads every stub package, so that a stub no fixture
// imports yet still compiles.
func TestStubsTypeCheck(t *testing.T) {
	dir := stubs.TestData(t)
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(dir, "src"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "github.com/...", "golang.org/...", "gopkg.in/...", "google.golang.org/...")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) == 0 {
		t.Fatal("no stub packages loaded")
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
}

// TestFixtureReplacesStub checks that a fixture package at a stub's import
// path replaces the stub's files rather than mixing with them.
func TestFixtureReplacesStub(t *testing.T) {
	fixtures := t.TempDir()
	pkg := filepath.Join(fixtures, "src", "github.com", "gofiber", "fiber", "v2")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "old.go"), []byte("package fiber\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := stubs.TestData(t, fixtures)
	entries, err := os.ReadDir(filepath.Join(dir, "src", "github.com", "gofiber", "fiber", "v2"))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() {
			files = append(files, e.Name())
		}
	}
	if len(files) != 1 || files[0] != "old.go" {
		t.Errorf("files = %v, want [old.go]", files)
	}
}
