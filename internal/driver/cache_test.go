package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/resultcache"
)

// cacheStats runs the standalone command and returns its output and its
// result cache's "N hits, M misses".
func cacheStats(t *testing.T, dir string, args ...string) (result, string) {
	t.Helper()
	t.Setenv("SESSIONLINT_CACHE_STATS", "1")
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
