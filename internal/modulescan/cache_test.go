package modulescan

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestCache: a second scan of an unchanged module is read from the cache
// and equals the first; a changed file makes it scan again.
func TestCache(t *testing.T) {
	t.Setenv("SESSIONLINT_MODULESCAN_CACHE", t.TempDir())
	root := t.TempDir()
	files := map[string]string{
		"go.mod":      "module example.com/c\n\ngo 1.25\n",
		"main.go":     "package main\n\nimport (\n\t\"github.com/gorilla/sessions\"\n\n\t\"example.com/c/web\"\n)\n\nvar _ = sessions.NewCookieStore()\n\nfunc main() { web.Run() }\n",
		"web/web.go":  "package web\n\nfunc Run() {}\n",
		"web/conf.go": "package web\n\nvar Store any\n",
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	first := scan(root, "example.com/c")
	key := fingerprint(root, "example.com/c", goFiles(root))
	cachedScan := loadCached(root, key)
	if cachedScan == nil {
		t.Fatal("the scan was not cached")
	}
	if !reflect.DeepEqual(first.pkgs, cachedScan.pkgs) || !reflect.DeepEqual(first.cons, cachedScan.cons) ||
		!reflect.DeepEqual(first.mains, cachedScan.mains) {
		t.Errorf("the cached scan differs:\n%+v\n%+v", first, cachedScan)
	}
	// A changed file changes the key.
	p := filepath.Join(root, "main.go")
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	if fingerprint(root, "example.com/c", goFiles(root)) == key {
		t.Error("a modified file did not change the key")
	}
	if loadCached(root, fingerprint(root, "example.com/c", goFiles(root))) != nil {
		t.Error("a stale entry was read")
	}
}
