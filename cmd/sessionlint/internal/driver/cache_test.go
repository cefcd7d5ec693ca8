package driver

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/resultcache"
)

// cacheStats runs the standalone command and returns its output and its
// result cache's "N hits, M misses". The module's go.mod is touched first,
// so that the run cache (runcache.go), which a run of a module that has
// just changed never uses, leaves the packages' results to be tested.
func cacheStats(t *testing.T, dir string, args ...string) (result, string) {
	t.Helper()
	t.Setenv("SESSIONLINT_CACHE_STATS", "1")
	touch(t, filepath.Join(dir, "go.mod"), time.Now())
	r := runIn(t, dir, args...)
	_, stats, _ := strings.Cut(r.stderr, "result cache: ")
	stats, _, _ = strings.Cut(stats, " (")
	return r, stats
}

// TestResultCache: an unchanged re-run analyses nothing; a change in one
// package re-analyses it and the packages whose facts depend on it, and
// nothing else; the output is the same as without the cache.
func TestResultCache(t *testing.T) {
	t.Setenv(resultcache.Env, t.TempDir())
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nfunc Mark() {}\n\nfunc Helper() int { return 1 }\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc bad() {}\n\nfunc F() { a.Mark(); bad() }\n",
		"c/c.go": "package c\n\nfunc bad() {}\n\nfunc G() { bad() }\n",
	})
	args := []string{"-test=false", "./..."}
	first, stats := cacheStats(t, dir, args...)
	first.expect(t, ExitFindings)
	if stats != "0 hits, 3 misses" {
		t.Errorf("first run: %q", stats)
	}
	again, stats := cacheStats(t, dir, args...)
	if stats != "3 hits, 0 misses" || again.stdout != first.stdout || again.code != first.code {
		t.Errorf("unchanged re-run: %q, output\n%s\nwant\n%s", stats, again.stdout, first.stdout)
	}

	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// c changes: only c is analysed again.
	write("c/c.go", "package c\n\nfunc bad() {}\n\nfunc G() { bad(); bad() }\n")
	r, stats := cacheStats(t, dir, args...)
	if stats != "2 hits, 1 misses" || strings.Count(r.stdout, "c/c.go:5:") != 2 {
		t.Errorf("after changing c: %q\n%s", stats, r.stdout)
	}
	// a changes: a and b, which imports it, are analysed again; c is not.
	write("a/a.go", "package a\n\nfunc Mark() {}\n\nfunc Helper() int { return 2 }\n")
	if _, stats := cacheStats(t, dir, args...); stats != "1 hits, 2 misses" {
		t.Errorf("after changing a: %q", stats)
	}
	// a's facts change: b is analysed again, and reports differently.
	write("a/a.go", "package a\n\nfunc Mark() {}\n\nfunc Helper() int { return 2 }\n\nfunc Other() {}\n")
	write("b/b.go", "package b\n\nimport \"example.com/m/a\"\n\nfunc bad() {}\n\nfunc F() { a.Other(); bad() }\n")
	r, stats = cacheStats(t, dir, args...)
	if stats != "1 hits, 2 misses" || strings.Contains(r.stdout, "marked function") {
		t.Errorf("after changing a's facts: %q\n%s", stats, r.stdout)
	}

	// -cache=false neither reads nor reports the cache.
	off := runIn(t, dir, append([]string{"-cache=false"}, args...)...)
	if strings.Contains(off.stderr, "result cache") {
		t.Errorf("-cache=false: %s", off.stderr)
	}
	on, _ := cacheStats(t, dir, args...)
	if off.stdout != on.stdout {
		t.Errorf("with and without the cache:\n%s\n%s", off.stdout, on.stdout)
	}
}

// TestResultCacheShared: two runs at once on one cache both succeed and
// agree.
func TestResultCacheShared(t *testing.T) {
	t.Setenv(resultcache.Env, t.TempDir())
	dir := module(t, map[string]string{"m.go": badGo})
	results := make(chan result, 2)
	for range 2 {
		go func() { results <- runIn(t, dir, "./...") }()
	}
	a, b := <-results, <-results
	if a.code != ExitFindings || b.code != ExitFindings || a.stdout != b.stdout {
		t.Errorf("concurrent runs: %d %q, %d %q", a.code, a.stdout, b.code, b.stdout)
	}
}

func touch(t *testing.T, name string, when time.Time) {
	t.Helper()
	if err := os.Chtimes(name, when, when); err != nil {
		t.Fatal(err)
	}
}

// age makes every file of the module an hour old, as if written long
// before the run.
func age(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(p, old, old)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// runStats runs the standalone command and returns its output and its
// result cache's statistics line.
func runStats(t *testing.T, dir string, args ...string) (result, string) {
	t.Helper()
	t.Setenv("SESSIONLINT_CACHE_STATS", "1")
	r := runIn(t, dir, args...)
	_, stats, _ := strings.Cut(r.stderr, "result cache: ")
	stats, _, _ = strings.Cut(stats, " (")
	return r, stats
}

const reused = "nothing changed since an earlier run: its findings are reused"

// TestRunCache: a run in which nothing changed reuses the whole run's
// findings without listing the packages; any change to a file of the
// module, to the patterns, the flags or the go command's environment does
// not; nor does a run of files modified in the last two seconds, or of
// packages named by import path.
func TestRunCache(t *testing.T) {
	t.Setenv(resultcache.Env, t.TempDir())
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nfunc bad() {}\n\nfunc F() { bad() }\n",
		"b/b.go": "package b\n\nfunc G() {}\n",
	})
	age(t, dir)
	first, stats := runStats(t, dir, "./...")
	first.expect(t, ExitFindings)
	if stats != "0 hits, 2 misses" {
		t.Fatalf("first run: %q", stats)
	}
	again, stats := runStats(t, dir, "./...")
	if stats != reused || again.stdout != first.stdout || again.code != first.code {
		t.Fatalf("unchanged re-run: %q, output\n%s\nwant\n%s", stats, again.stdout, first.stdout)
	}
	for _, tc := range []struct {
		what string
		args []string
		env  []string
	}{
		{"other patterns", []string{"./a"}, nil},
		{"other flags", []string{"-test=false", "./..."}, nil},
		{"another environment", []string{"./..."}, []string{"GOFLAGS=-tags=x"}},
		{"an import path", []string{"example.com/m/..."}, nil},
	} {
		t.Run(tc.what, func(t *testing.T) {
			for _, kv := range tc.env {
				k, v, _ := strings.Cut(kv, "=")
				t.Setenv(k, v)
			}
			if _, stats := runStats(t, dir, tc.args...); stats == reused {
				t.Errorf("the run was reused")
			}
		})
	}

	// A file just written: the run is not reused, nor kept.
	name := filepath.Join(dir, "b", "b.go")
	if err := os.WriteFile(name, []byte("package b\n\nfunc bad() {}\n\nfunc G() { bad() }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, stats := runStats(t, dir, "./...")
	if stats != "1 hits, 1 misses" || !strings.Contains(r.stdout, "b/b.go:5:") {
		t.Errorf("after changing b: %q\n%s", stats, r.stdout)
	}
	if _, stats := runStats(t, dir, "./..."); stats == reused {
		t.Errorf("a run of a file modified in the last two seconds was reused")
	}
	// Once the file is older, the run is keyed again.
	age(t, dir)
	if _, stats := runStats(t, dir, "./..."); stats != "2 hits, 0 misses" {
		t.Errorf("after ageing: %q", stats)
	}
	r, stats = runStats(t, dir, "./...")
	if stats != reused || !strings.Contains(r.stdout, "b/b.go:5:") {
		t.Errorf("after ageing, again: %q\n%s", stats, r.stdout)
	}
}

// TestModuleRoots: the directories whose files key a run are the main
// module or the workspace's modules, and the local directories that
// replace modules; package patterns qualify when they are directories in
// them.
func TestModuleRoots(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
		return name
	}
	gomod := write("app/go.mod", "module example.com/app\n\nreplace example.com/lib => ../lib\n\nreplace example.com/pinned => example.com/fork v1.0.0\n")
	write("tool/go.mod", "module example.com/tool\n")
	gowork := write("go.work", "go 1.22\n\nuse (\n\t./app\n\t./tool\n)\n")
	app, lib, tool := filepath.Join(dir, "app"), filepath.Join(dir, "lib"), filepath.Join(dir, "tool")

	if got, want := moduleRoots(gomod, ""), []string{app, lib}; !slices.Equal(got, want) {
		t.Errorf("module: %q, want %q", got, want)
	}
	if got, want := moduleRoots(gomod, gowork), []string{dir, app, lib, tool}; !slices.Equal(got, want) {
		t.Errorf("workspace: %q, want %q", got, want)
	}
	if got := moduleRoots(os.DevNull, ""); got != nil {
		t.Errorf("no module: %q", got)
	}
	for pattern, want := range map[string]bool{
		"./...": true, ".": true, "./web": true, "../lib/...": true, app + "/x/...": true,
		"../other": false, "std": false, "example.com/app/...": false, "all": false,
	} {
		if got := localPattern(app, pattern, []string{app, lib}); got != want {
			t.Errorf("localPattern(%q) = %v, want %v", pattern, got, want)
		}
	}
}

// TestRunCacheLinks: a linked file is keyed by its target, and a link to
// a directory leaves the run unkeyed.
func TestRunCacheLinks(t *testing.T) {
	t.Setenv(resultcache.Env, t.TempDir())
	outside := t.TempDir()
	target := filepath.Join(outside, "b.go")
	if err := os.WriteFile(target, []byte("package a\n\nfunc G() {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := module(t, map[string]string{"a/a.go": "package a\n\nfunc bad() {}\n\nfunc F() { bad() }\n"})
	if err := os.Symlink(target, filepath.Join(dir, "a", "b.go")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	age(t, dir)
	touch(t, target, time.Now().Add(-time.Hour))
	runStats(t, dir, "./...")
	if _, stats := runStats(t, dir, "./..."); stats != reused {
		t.Fatalf("unchanged, with a linked file: %q", stats)
	}
	// The target changes: the link's own time does not.
	if err := os.WriteFile(target, []byte("package a\n\nfunc bad2() {}\n\nfunc G() { bad2() }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	touch(t, target, time.Now().Add(-time.Minute))
	if _, stats := runStats(t, dir, "./..."); stats == reused {
		t.Errorf("the linked file's target changed, and the run was reused")
	}

	if err := os.Symlink(outside, filepath.Join(dir, "linked")); err != nil {
		t.Fatal(err)
	}
	age(t, dir)
	runStats(t, dir, "./...")
	if _, stats := runStats(t, dir, "./..."); stats == reused {
		t.Errorf("a run of a module holding a link to a directory was reused")
	}
}
