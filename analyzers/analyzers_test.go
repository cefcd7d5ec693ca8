package analyzers_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/suppress"
)

var update = flag.Bool("update", false, "rewrite the README's analyzer table")

func TestValidate(t *testing.T) {
	if err := analysis.Validate(analyzers.All); err != nil {
		t.Fatal(err)
	}
}

// The permanent names, in the README's order.
var wantNames = []string{"sessionfixation", "cookieflags", "sessionadoption", "sessionidurl", "weaksessionid", "cookiescope"}

func TestRegistry(t *testing.T) {
	if len(analyzers.All) != len(wantNames) {
		t.Fatalf("All has %d analyzers, want %d", len(analyzers.All), len(wantNames))
	}
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	onDisk := map[string]bool{}
	for _, d := range dirs {
		if d.IsDir() && d.Name() != "internal" && d.Name() != "testdata" {
			onDisk[d.Name()] = true
		}
	}
	for i, a := range analyzers.All {
		if a.Name != wantNames[i] {
			t.Errorf("All[%d] is %q, want %q (names are permanent)", i, a.Name, wantNames[i])
		}
		if !onDisk[a.Name] {
			t.Errorf("analyzer %q has no directory analyzers/%s", a.Name, a.Name)
		}
		delete(onDisk, a.Name)
		if !strings.HasPrefix(a.Doc, a.Name+": ") {
			t.Errorf("%s: Doc must start with %q", a.Name, a.Name+": ")
		}
		if want := lint.DocBase + a.Name + "/doc.go"; a.URL != want {
			t.Errorf("%s: URL is %q, want %q", a.Name, a.URL, want)
		}
		meta := analyzers.Registry.Meta(a.Name)
		if len(meta.CWE) == 0 {
			t.Errorf("%s: no CWE in its lint.Meta", a.Name)
		}
		if !strings.Contains(meta.Manual, "# Analyzer "+a.Name) {
			t.Errorf("%s: Meta.Manual is not its doc.go manual", a.Name)
		}
		if strings.Contains(meta.Manual, "TODO") {
			t.Errorf("%s: the manual still has a TODO", a.Name)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "testdata", "src")); err != nil {
			t.Errorf("%s: no analysistest fixtures: %v", a.Name, err)
		}
	}
	for name := range onDisk {
		t.Errorf("directory analyzers/%s is not registered in All", name)
	}
}

const (
	tableStart = "<!-- analyzers table: generated from analyzers.All by `go test ./analyzers -update` -->\n"
	tableEnd   = "<!-- end of analyzers table -->"
)

func TestReadmeTable(t *testing.T) {
	readme := filepath.Join("..", "README.md")
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, tableStart)
	j := strings.Index(text, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no analyzers table between %q and %q", strings.TrimSpace(tableStart), tableEnd)
	}
	got := text[i+len(tableStart) : j]
	want := analyzers.MarkdownTable()
	if got == want {
		return
	}
	if *update {
		text = text[:i+len(tableStart)] + want + text[j:]
		if err := os.WriteFile(readme, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's analyzer table is stale; run go test ./analyzers -update\ngot:\n%s\nwant:\n%s", got, want)
}

// TestSuppressionNames: directives may name every analyzer of All, even in
// a program that links only some of them.
func TestSuppressionNames(t *testing.T) {
	var names []string
	for _, a := range analyzers.All {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	if !slices.Equal(names, suppress.Names) {
		t.Errorf("suppress.Names = %v, want the analyzers' names %v", suppress.Names, names)
	}
}
