package driver

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// module writes a throwaway module example.com/m with the given files
// (path -> content) and returns its directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	return integration.Module(t, files)
}

type result struct {
	code           int
	stdout, stderr string
}

// runIn runs the standalone command in dir with the test analyzers.
func runIn(t *testing.T, dir string, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := testEnv(t, dir).run(args, &stdout, &stderr)
	r := result{code, stdout.String(), stderr.String()}
	if strings.Contains(r.stderr, "goroutine ") || strings.Contains(r.stderr, "panic(") {
		t.Errorf("stack trace printed:\n%s", r.stderr)
	}
	return r
}

func (r result) expect(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
}

const badGo = `package m

func bad()  {}
func good() {}

func F() {
	bad()
}
`

func TestFindingsText(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitFindings)
	want := "m.go:7:2: call to bad; call good instead\nm.go:3:6: \tdeclared here\n"
	if r.stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, want)
	}
	if r.stderr != "" {
		t.Errorf("stderr: %s", r.stderr)
	}
}

func TestClean(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n\nfunc F() {}\n"})
	// unsafe has no code to analyse (and go vet skips it too).
	r := runIn(t, dir, "./...", "unsafe")
	r.expect(t, ExitClean)
	if r.stdout != "" || r.stderr != "" {
		t.Errorf("output on a clean module:\n%s%s", r.stdout, r.stderr)
	}
}

func TestFindingsJSON(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	r := runIn(t, dir, "-format", "json", "./...")
	r.expect(t, ExitFindings)
	var out struct {
		Version     int
		Diagnostics []struct {
			Analyzer, Category, Message, URL string
			CWE                              []string
			Posn                             struct{ File string }
			SuggestedFixes                   []struct {
				Edits []struct {
					File  string
					Start struct{ Offset int }
				}
			} `json:"suggested_fixes"`
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(out.Diagnostics) != 1 {
		t.Fatalf("diagnostics: %s", r.stdout)
	}
	d := out.Diagnostics[0]
	if d.Analyzer != "testfind" || d.Category != "call" || d.Posn.File != "m.go" || len(d.CWE) != 1 ||
		!strings.HasSuffix(d.URL, "/testfind/doc.go#call") {
		t.Errorf("diagnostic: %+v", d)
	}
	if len(d.SuggestedFixes) != 1 || d.SuggestedFixes[0].Edits[0].Start.Offset != strings.Index(badGo, "bad()\n}") {
		t.Errorf("fixes: %+v", d.SuggestedFixes)
	}
}

func TestFindingsOtherFormats(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	r := runIn(t, dir, "-format=github", "./...")
	r.expect(t, ExitFindings)
	if want := "::warning file=m.go,line=7,col=2,endLine=7,endColumn=5,title=sessionlint/testfind::call to bad; call good instead%0Am.go:3: declared here\n"; r.stdout != want {
		t.Errorf("github:\n%s\nwant:\n%s", r.stdout, want)
	}
	r = runIn(t, dir, "-format", "sarif", "./...")
	r.expect(t, ExitFindings)
	for _, want := range []string{`"ruleId": "testfind"`, `"uri": "m.go"`, `"uriBaseId": "%SRCROOT%"`, `"id": "testoff"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("sarif lacks %s:\n%s", want, r.stdout)
		}
	}
}

func TestTestFiles(t *testing.T) {
	dir := module(t, map[string]string{
		"m.go":          "package m\n\nfunc bad() {}\n",
		"m_test.go":     "package m\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { bad() }\n",
		"x_test.go":     "package m_test\n\nimport \"testing\"\n\nfunc TestB(t *testing.T) { bad() }\n\nfunc bad() {}\n",
		"sub/sub.go":    "package sub\n\nfunc bad() {}\n\nfunc F() { bad() }\n",
		"sub/s_test.go": "package sub\n",
	})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitFindings)
	// Each finding once, although sub's non-test file is in two packages
	// (sub and its test variant).
	want := "m_test.go:5:28: call to bad; call good instead\n" +
		"m_test.go:3:6: \tdeclared here\n"
	want = strings.Replace(want, "m_test.go:3:6", "m.go:3:6", 1)
	want += "sub" + string(filepath.Separator) + "sub.go:5:12: call to bad; call good instead\n" +
		"sub" + string(filepath.Separator) + "sub.go:3:6: \tdeclared here\n" +
		"x_test.go:5:28: call to bad; call good instead\n" +
		"x_test.go:7:6: \tdeclared here\n"
	if r.stdout != want {
		t.Errorf("with tests:\n%s\nwant:\n%s", r.stdout, want)
	}

	r = runIn(t, dir, "-test=false", "./...")
	r.expect(t, ExitFindings)
	if strings.Contains(r.stdout, "_test.go") || !strings.Contains(r.stdout, "sub.go:5:12") {
		t.Errorf("-test=false:\n%s", r.stdout)
	}
}

func TestSelection(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	for _, tc := range []struct {
		args          []string
		find, offRuns bool
	}{
		{nil, true, false},                              // defaults: testoff is off
		{[]string{"-testoff"}, false, true},             // only the enabled one
		{[]string{"-testoff", "-testfind"}, true, true}, // both enabled
		{[]string{"-testfind=false"}, false, false},     // all defaults minus one
		{[]string{"-testoff=true", "-testfind=false"}, false, true},
		{[]string{"-testoff=false"}, true, false},
	} {
		r := runIn(t, dir, append(tc.args, "./...")...)
		if got := strings.Contains(r.stdout, "call to bad"); got != tc.find {
			t.Errorf("%v: testfind ran = %v, want %v", tc.args, got, tc.find)
		}
		if got := strings.Contains(r.stdout, "testoff ran"); got != tc.offRuns {
			t.Errorf("%v: testoff ran = %v, want %v", tc.args, got, tc.offRuns)
		}
	}
}

func TestAnalyzerFlag(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n\nfunc worse() {}\n\nfunc F() { worse() }\n"})
	runIn(t, dir, "./...").expect(t, ExitClean)
	r := runIn(t, dir, "-testfind.name=worse", "./...")
	defer testfind.Flags.Set("name", "bad")
	r.expect(t, ExitFindings)
	if !strings.Contains(r.stdout, "call to worse") {
		t.Errorf("-testfind.name not passed to the analyzer:\n%s", r.stdout)
	}
}

func TestFlagsAfterPatterns(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	r := runIn(t, dir, "./...", "-format", "github")
	r.expect(t, ExitFindings)
	if !strings.HasPrefix(r.stdout, "::warning") {
		t.Errorf("flag after the pattern ignored:\n%s", r.stdout)
	}
}

func TestFacts(t *testing.T) {
	dir := module(t, map[string]string{
		"a/a.go": "package a\n\nfunc Mark() {}\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc F() { a.Mark() }\n",
	})
	r := runIn(t, dir, "./b")
	r.expect(t, ExitFindings)
	if !strings.Contains(r.stdout, "call to marked function example.com/m/a.Mark") {
		t.Errorf("fact not carried across packages:\n%s", r.stdout)
	}
}

// TestModuleRounds: an implementation registered by a package that only
// main imports is known to the package that calls it through an
// interface after a second round, in the standalone driver; go vet, where
// a package sees only its imports' facts, cannot tell.
func TestModuleRounds(t *testing.T) {
	dir := module(t, map[string]string{
		"svc/svc.go":   "package svc\n\ntype Hooker interface{ Hook() }\n\nvar Impl Hooker\n\nfunc Register(h Hooker) { Impl = h }\n",
		"impl/impl.go": "package impl\n\nimport \"example.com/m/svc\"\n\ntype T struct{}\n\nfunc (*T) Hook() {}\n\nfunc init() { svc.Register(&T{}) }\n",
		"ctl/ctl.go":   "package ctl\n\nimport \"example.com/m/svc\"\n\nfunc Handle() { svc.Impl.Hook() }\n",
		"main.go":      "package main\n\nimport (\n\t_ \"example.com/m/impl\"\n\t\"example.com/m/ctl\"\n)\n\nfunc main() { ctl.Handle() }\n",
	})
	r := runIn(t, dir, "-testfind=false", "./...")
	r.expect(t, ExitFindings)
	if !strings.Contains(r.stdout, "ctl/ctl.go:5:17: call reaches implementation (*example.com/m/impl.T).Hook") {
		t.Errorf("the implementation's fact did not reach the caller:\n%s", r.stdout)
	}
	if out, _ := goVet(t, dir, "./..."); strings.Contains(out, "call reaches implementation") {
		t.Errorf("go vet should not see the facts of a package ctl does not import:\n%s", out)
	}
}

// TestFactsScope checks that a dependency in a module of the user's own
// (here one replaced by a local directory) is analysed for facts by
// default; planUnits is tested for third-party modules in
// TestPlanUnitsScope.
func TestFactsScope(t *testing.T) {
	dir := module(t, map[string]string{
		"b/b.go":       "package b\n\nimport \"example.com/other/a\"\n\nfunc F() { a.Mark() }\n",
		"other/go.mod": "module example.com/other\n\ngo 1.25\n",
		"other/a/a.go": "package a\n\nfunc Mark() {}\n",
	})
	gomod := "module example.com/m\n\ngo 1.25\n\nrequire example.com/other v0.0.0\n\nreplace example.com/other => ./other\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "./b")
	r.expect(t, ExitFindings)
	if !strings.Contains(r.stdout, "call to marked function example.com/other/a.Mark") {
		t.Errorf("fact of a locally replaced module's package not carried:\n%s", r.stdout)
	}
}

// TestPlanUnitsScope checks which dependencies planUnits analyses for
// facts: with -deps=module, those of the user's own modules and of the
// roots' modules; with -deps=all, also third-party ones.
func TestPlanUnitsScope(t *testing.T) {
	pkg := func(path string, m *packages.Module, imports ...*packages.Package) *packages.Package {
		p := &packages.Package{ID: path, PkgPath: path, Module: m, CompiledGoFiles: []string{"/src/" + path + "/x.go"},
			GoFiles: []string{"/src/" + path + "/x.go"}, Imports: map[string]*packages.Package{}}
		for _, imp := range imports {
			p.Imports[imp.PkgPath] = imp
		}
		return p
	}
	main := &packages.Module{Path: "example.com/m", Main: true}
	third := pkg("example.com/lib", &packages.Module{Path: "example.com/lib", Version: "v1.0.0"})
	replaced := pkg("example.com/fork", &packages.Module{Path: "example.com/fork", Version: "v1.0.0",
		Replace: &packages.Module{Path: "../fork"}})
	sibling := pkg("example.com/m/util", main)
	root := pkg("example.com/m/app", main, third, replaced, sibling)
	for _, tc := range []struct {
		deps string
		want string
	}{
		{depsModule, "example.com/fork example.com/m/util example.com/m/app"},
		{depsAll, "example.com/fork example.com/lib example.com/m/util example.com/m/app"},
	} {
		pl := planUnits([]*packages.Package{root}, testFactPolicy, tc.deps, t.TempDir())
		var got []string
		for _, u := range pl.units {
			got = append(got, u.pkg.PkgPath)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("-deps=%s: units %s, want %s", tc.deps, g, tc.want)
		}
	}
}

func TestPanickingAnalyzer(t *testing.T) {
	dir := module(t, map[string]string{"boom/boom.go": badGo[:len("package ")] + "boom" + badGo[len("package m"):]})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitInternal)
	want := "sessionlint: internal error: analyzer testboom panicked on package example.com/m/boom: kaboom second line\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
	if !strings.Contains(r.stdout, "call to bad") {
		t.Errorf("the other analyzers did not report:\n%s", r.stdout)
	}
}

func TestPanicDebug(t *testing.T) {
	t.Setenv("SESSIONLINT_DEBUG", "1")
	dir := module(t, map[string]string{"boom/boom.go": "package boom\n"})
	var stdout, stderr bytes.Buffer
	code := testEnv(t, dir).run([]string{"./..."}, &stdout, &stderr)
	if code != ExitInternal || !strings.Contains(stderr.String(), "kaboom") || !strings.Contains(stderr.String(), "goroutine ") {
		t.Errorf("SESSIONLINT_DEBUG=1: exit %d, want %d and a stack trace:\n%s", code, ExitInternal, stderr.String())
	}
}

func TestTypeErrors(t *testing.T) {
	dir := module(t, map[string]string{
		"m.go":   "package m\n\nfunc F() int { return \"x\" }\n",
		"p/p.go": "package p\n\nfunc G() { undefined() }\n",
	})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitUsage)
	for _, want := range []string{
		"m.go:3:23: cannot use \"x\"",
		"p" + string(filepath.Separator) + "p.go:3:12: undefined: undefined",
		"sessionlint: 2 errors in 2 packages; nothing was analyzed\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if r.stdout != "" {
		t.Errorf("stdout: %s", r.stdout)
	}
}

func TestSyntaxError(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n\nfunc F( {\n"})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitUsage)
	if !strings.HasPrefix(r.stderr, "m.go:3:") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n"})
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "go.mod"), []byte("module example.com/empty\n\ngo 1.25\n"), 0o644)
	for _, tc := range []struct {
		dir  string
		args []string
		want string // in the last line of stderr
	}{
		{dir, []string{"-flag-that-does-not-exist"}, "flag provided but not defined: -flag-that-does-not-exist"},
		{dir, []string{"-format", "xml", "./..."}, `invalid -format "xml"`},
		{dir, []string{"-p", "many", "./..."}, `invalid value "many" for flag -p`},
		{dir, []string{"-p", "-1", "./..."}, "invalid -p -1"},
		{dir, []string{"-deps=some", "./..."}, `invalid -deps "some"`},
		{dir, []string{"-testfind=maybe", "./..."}, "invalid boolean value"},
		{dir, []string{"-explain", "nope"}, `unknown analyzer "nope"`},
		{dir, nil, "no packages given"},
		{dir, []string{"./does-not-exist"}, "does-not-exist"},
		{dir, []string{"example.com/nowhere/at/all"}, "nowhere"},
		{empty, []string{"./..."}, "no packages matched ./..."},
	} {
		r := runIn(t, tc.dir, tc.args...)
		if r.code != ExitUsage {
			t.Errorf("%v: exit code %d, want %d\n%s", tc.args, r.code, ExitUsage, r.stderr)
			continue
		}
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "sessionlint: ") || !strings.Contains(last, tc.want) {
			t.Errorf("%v: stderr:\n%s\nwant a last line with %q", tc.args, r.stderr, tc.want)
		}
		if len(tc.args) > 0 && strings.HasPrefix(tc.args[0], "-") && len(lines) != 1 {
			t.Errorf("%v: flag errors are one line, got:\n%s", tc.args, r.stderr)
		}
	}
}

func TestInfo(t *testing.T) {
	r := runIn(t, "", "-list")
	r.expect(t, ExitClean)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 1+len(testRegistry) || !strings.HasPrefix(lines[0], "NAME") {
		t.Fatalf("-list:\n%s", r.stdout)
	}
	if f := strings.Fields(lines[1]); len(f) < 4 || f[0] != "testfind" || f[1] != "on" || f[2] != "CWE-1" || f[3] != "reports" {
		t.Errorf("-list line: %q", lines[1])
	}
	if f := strings.Fields(lines[2]); f[0] != "testoff" || f[1] != "off" || f[2] != "-" {
		t.Errorf("-list line: %q", lines[2])
	}

	r = runIn(t, "", "-explain", "testfind")
	r.expect(t, ExitClean)
	for _, want := range []string{"Manual of testfind.", "-testfind.name", "Online: https://"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-explain lacks %q:\n%s", want, r.stdout)
		}
	}

	r = runIn(t, "", "-version")
	r.expect(t, ExitClean)
	if !strings.HasPrefix(r.stdout, "sessionlint ") {
		t.Errorf("-version: %q", r.stdout)
	}

	r = runIn(t, "", "-h")
	r.expect(t, ExitClean)
	for _, want := range []string{"Usage:", "-format", "Exit codes", "testfind"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("-h lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestIsVet(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{"-json", "-testfind", "/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-format", "json", "./..."}, false},
		{nil, false},
	} {
		if got := isVet(tc.args); got != tc.want {
			t.Errorf("isVet(%q) = %v", tc.args, got)
		}
	}
}

func TestVetDefaults(t *testing.T) {
	cfg := "x/vet.cfg"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{cfg}, "-testoff=false"},
		{[]string{"-json", cfg}, "-testoff=false"},
		{[]string{"-testfind=false", cfg}, "-testoff=false"},
		{[]string{"-testoff=false", cfg}, ""},
		{[]string{"-testfind", cfg}, ""},
		{[]string{"-testoff=true", cfg}, ""},
		{[]string{"-testfind.name=x", cfg}, "-testoff=false"},
	} {
		if got := strings.Join(vetDefaults(tc.args, testRegistry[:3]), " "); got != tc.want {
			t.Errorf("vetDefaults(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
