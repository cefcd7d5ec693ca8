package integration_test

import (
	"os/exec"
	"strings"
	"testing"
)

// module is this module's import path.
const module = "github.com/sessionlint/sessionlint"

// layers are the floors of docs/architecture.md, from the bottom up: a
// package (its non-test files) imports only packages of its own floor or
// below. A package is on the floor of the longest prefix that names it.
var layers = []struct {
	name     string
	prefixes []string
}{
	{"knowledge", []string{"internal/model"}},
	{"foundation", []string{"internal/atomicfile", "internal/flagvalue", "internal/lint", "internal/modulescan", "internal/ssautil", "internal/stdlib", "internal/suppress", "internal/variadic"}},
	{"passes", []string{"passes"}},
	{"analyzers", []string{"analyzers/"}},
	{"registry", []string{"analyzers"}},
	{"command", []string{"cmd", "plugin"}},
}

// testOnly are the packages that exist for tests: only tests and other
// test-only packages import them.
var testOnly = []string{"internal/bench", "internal/determinism", "internal/golangci", "internal/integration", "internal/stubs"}

// floorOf returns the floor of the module's package rel (its path inside
// the module), -1 for a test-only package; ok is false for a package no
// floor names.
func floorOf(rel string) (floor int, ok bool) {
	for _, p := range testOnly {
		if rel == p || strings.HasPrefix(rel, p+"/") {
			return -1, true
		}
	}
	best, bestLen := 0, -1
	for i, l := range layers {
		for _, p := range l.prefixes {
			match := rel == p || strings.HasPrefix(rel, strings.TrimSuffix(p, "/")+"/")
			if strings.HasSuffix(p, "/") {
				match = strings.HasPrefix(rel, p) // the floor of analyzers/<name>, not analyzers
			}
			if match && len(p) > bestLen {
				best, bestLen = i, len(p)
			}
		}
	}
	return best, bestLen >= 0
}

// TestLayers lists the module's import graph and fails on an arrow that
// points upward, on a package no floor names, and on a test-only package
// imported by code that ships.
func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	checked := 0
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		rel, ok := strings.CutPrefix(fields[0], module+"/")
		if !ok {
			t.Errorf("%s: a package at the module's root names no floor", fields[0])
			continue
		}
		if strings.Contains(rel, "/testdata/") {
			continue
		}
		from, ok := floorOf(rel)
		if !ok {
			t.Errorf("%s names no floor; add it to docs/architecture.md's layers and to this test", rel)
			continue
		}
		checked++
		for _, imp := range fields[1:] {
			dep, ok := strings.CutPrefix(imp, module+"/")
			if !ok {
				continue
			}
			to, _ := floorOf(dep)
			switch {
			case from == -1:
				// test-only packages may import anything
			case to == -1:
				t.Errorf("%s imports the test-only package %s", rel, dep)
			case to > from:
				t.Errorf("%s (%s) imports %s, a floor above (%s)", rel, layers[from].name, dep, layers[to].name)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d packages checked; go list printed:\n%s", checked, out)
	}
}
