package suppress_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/lint"
	"github.com/sessionlint/sessionlint/internal/suppress"
)

// badcall reports every call to a function named bad, and every call to a
// function named elsewhere* at that function's declaration (which may be in
// another file).
var badcall = lint.New(&analysis.Analyzer{
	Name: "badcall",
	Doc:  "badcall: reports calls to functions named bad",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				id, ok := call.Fun.(*ast.Ident)
				if !ok {
					return true
				}
				switch {
				case id.Name == "bad":
					pass.Reportf(call.Pos(), "call to bad")
				case strings.HasPrefix(id.Name, "elsewhere"):
					if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); ok {
						pass.Reportf(fn.Pos(), "%s is called", fn.Name())
					}
				}
				return true
			})
		}
		return nil, nil
	},
})

// othercheck reports nothing; it exists so that directives may name it, and
// stands for an analyzer that is disabled when only badcall runs.
var othercheck = lint.New(&analysis.Analyzer{
	Name: "othercheck",
	Doc:  "othercheck: reports nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
})

func TestSuppression(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), badcall, "a")
}

func TestUnusedDirectiveFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), badcall, "fix")
}

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{badcall, othercheck}); err != nil {
		t.Fatal(err)
	}
}

// TestChecker runs both analyzers at once through the checker, as the
// standalone binary does: each malformed directive is reported once, by its
// one reporter, and othercheck reports the malformed directive it names
// first.
func TestChecker(t *testing.T) {
	testdata, err := filepath.Abs(analysistest.TestData())
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(testdata, "src", "a"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("fixture does not load")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{badcall, othercheck}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Count the reports about directives by position and message, keeping
	// who reported them.
	type report struct{ analyzer, at, message string }
	var reports []report
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			if d.Category != suppress.Category {
				continue
			}
			pos := act.Package.Fset.Position(d.Pos)
			at := fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
			reports = append(reports, report{act.Analyzer.Name, at, d.Message})
		}
	}
	seen := map[string]string{}
	var malformed int
	for _, r := range reports {
		key := r.at + " " + r.message
		if prev, ok := seen[key]; ok {
			t.Errorf("reported by both %s and %s: %s", prev, r.analyzer, key)
		}
		seen[key] = r.analyzer
		if strings.HasPrefix(r.message, "malformed") || strings.HasPrefix(r.message, "unknown directive") {
			malformed++
		}
	}
	if malformed != 6 {
		t.Errorf("got %d reports of malformed directives, want 6: %v", malformed, reports)
	}
	want := report{"othercheck", fmt.Sprintf("a.go:%d", lineOf(t, filepath.Join(cfg.Dir, "a.go"), "//sessionlint:ignore othercheck,nosuch")),
		`malformed //sessionlint:ignore directive: unknown analyzer "nosuch"; the analyzers are badcall, cookieflags, cookiescope, othercheck, sessionadoption, sessionfixation, sessionidurl, weaksessionid`}
	if !slices.Contains(reports, want) {
		t.Errorf("othercheck did not report the malformed directive it names first: %v", reports)
	}
	// othercheck, which reports nothing, calls its own directives unused.
	if seen["fileunused.go:3 this //sessionlint:file-ignore directive for othercheck suppresses nothing; remove it"] != "othercheck" {
		t.Errorf("othercheck did not report its unused file-ignore directive: %v", reports)
	}
}

// lineOf returns the line of the file holding s.
func lineOf(t *testing.T, file, s string) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, s) {
			return i + 1
		}
	}
	t.Fatalf("%s holds no %q", file, s)
	return 0
}
