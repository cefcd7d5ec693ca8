package golangci_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/integration"
	"github.com/sessionlint/sessionlint/plugin"
)

// Switch is the environment variable that turns the test on.
const Switch = "SESSIONLINT_GOLANGCI"

func enabled(t *testing.T) {
	t.Helper()
	if os.Getenv(Switch) != "1" {
		t.Skipf("builds a custom golangci-lint (minutes on a cold build cache); set %s=1 to run", Switch)
	}
}

// A custom golangci-lint is built from a small main module that
// blank-imports the plugin and calls golangci-lint's commands.Execute, as
// `golangci-lint custom` would generate, from the module proxy alone:
//   - newest: docs/golangci/custom-gcl, the documented recipe, on the newest
//     golangci-lint v2 release, built with the Go running the test;
//   - oldest: the same main.go with testdata/custom-gcl-go1.25's go.mod and
//     go.sum, the last golangci-lint v2 release whose go.mod Go 1.25
//     accepts, built with the oldest Go sessionlint supports.
//
// Both are committed tidy and built as they are (-mod=readonly, no tidying):
// what a user copies must build as written.
type recipe struct {
	dir       string // of go.mod and go.sum, relative to the repository root
	main      string // of main.go, relative to the repository root
	toolchain string // GOTOOLCHAIN for the build, "" for the running Go
	once      sync.Once
	tmp, path string
	err       error
}

const recipeMain = "docs/golangci/custom-gcl"

var (
	newest = &recipe{dir: recipeMain, main: recipeMain}
	oldest = &recipe{dir: "internal/golangci/testdata/custom-gcl-go1.25", main: recipeMain, toolchain: oldestGo()}
)

// oldestGo is the oldest supported Go, as scripts/test names it.
func oldestGo() string {
	if v := os.Getenv("SESSIONLINT_OLDEST_GO"); v != "" {
		return v
	}
	return "go1.25.14"
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, r := range []*recipe{newest, oldest} {
		if r.tmp != "" {
			_ = os.RemoveAll(r.tmp)
		}
	}
	os.Exit(code)
}

func (r *recipe) binary(t *testing.T) string {
	t.Helper()
	r.once.Do(func() {
		start := time.Now()
		r.tmp, r.path, r.err = r.build(integration.RepoRoot(t))
		t.Logf("built golangci-lint from %s in %s", r.dir, time.Since(start).Round(time.Second))
	})
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.path
}

func (r *recipe) build(root string) (tmp, bin string, err error) {
	tmp, err = os.MkdirTemp("", "sessionlint-golangci-")
	if err != nil {
		return "", "", err
	}
	bin = filepath.Join(tmp, "golangci-lint")
	env := integration.GoEnv()
	if r.toolchain != "" {
		env = append(env, "GOTOOLCHAIN="+r.toolchain)
	}
	dir := filepath.Join(root, filepath.FromSlash(r.dir))
	if r.main != r.dir {
		// go.mod, go.sum and the recipe's main.go side by side, the
		// replace directive pointed at this working tree.
		src := filepath.Join(tmp, "src")
		for _, f := range []struct{ from, name string }{{r.dir, "go.mod"}, {r.dir, "go.sum"}, {r.main, "main.go"}} {
			data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(f.from), f.name))
			if err == nil {
				err = os.MkdirAll(src, 0o755)
			}
			if err == nil {
				err = os.WriteFile(filepath.Join(src, f.name), data, 0o644)
			}
			if err != nil {
				return tmp, "", err
			}
		}
		edit := exec.Command("go", "mod", "edit", "-replace", "github.com/sessionlint/sessionlint="+root)
		edit.Dir, edit.Env = src, env
		if out, err := edit.CombinedOutput(); err != nil {
			return tmp, "", fmt.Errorf("go mod edit in a copy of %s: %w\n%s", r.dir, err, out)
		}
		dir = src
	}
	for _, args := range [][]string{
		{"mod", "tidy", "-diff"},
		{"build", "-mod=readonly", "-o", bin, "."},
	} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			return tmp, "", fmt.Errorf("go %s in %s: %w\n%s", strings.Join(args, " "), r.dir, err, out)
		}
	}
	return tmp, bin, nil
}

// config is a .golangci.yml that runs only sessionlint, with settings (YAML
// flow style, "" for none), and keeps every issue golangci-lint would
// otherwise cap or merge.
func config(settings string) string {
	s := `version: "2"
linters:
  default: none
  enable: [sessionlint]
  settings:
    custom:
      sessionlint:
        type: module
        description: session fixation and insecure cookies
`
	if settings != "" {
		s += "        settings: " + settings + "\n"
	}
	return s + `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
output:
  path-mode: abs
`
}

// run runs golangci-lint on ./... of dir with the configuration cfg and
// returns its issues as "file:line:col: text" lines (text is the analyzer's
// name, a colon and the message), sorted, with paths relative to dir, and
// the findings for marker checks. The plugin keeps related information in
// the message (plugin.FoldRelated): an issue of its own would be an error.
func run(t *testing.T, dir, cfg string) ([]string, []integration.Finding) {
	t.Helper()
	return runWith(t, newest, dir, cfg)
}

// runWith is run with the golangci-lint of recipe r, under the Go it was
// built with (a golangci-lint built with Go 1.25 cannot type-check Go 1.26's
// standard library).
func runWith(t *testing.T, r *recipe, dir, cfg string) ([]string, []integration.Finding) {
	t.Helper()
	stdout, stderr, err := golangciWith(t, r, dir, cfg)
	if err != nil {
		t.Fatalf("golangci-lint run: %v\n%s", err, stderr)
	}
	var out struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(stdout, &out); err != nil {
		t.Fatalf("golangci-lint's JSON output: %v\n%s", err, stdout)
	}
	paths := integration.NewPaths(t, dir)
	known := make(map[string]bool)
	for _, a := range analyzers.All {
		known[a.Name] = true
	}
	var lines []string
	var findings []integration.Finding
	for _, is := range out.Issues {
		if is.FromLinter != plugin.Name {
			t.Errorf("issue from %s, not %s: %s", is.FromLinter, plugin.Name, is.Text)
			continue
		}
		analyzer, message, ok := strings.Cut(is.Text, ": ")
		if !ok || !known[analyzer] {
			t.Errorf("issue text does not start with an analyzer's name: %q", is.Text)
			continue
		}
		pos := integration.Position{File: paths.Rel(is.Pos.Filename), Line: is.Pos.Line, Col: is.Pos.Column}
		lines = append(lines, fmt.Sprintf("%s: %s", pos, is.Text))
		findings = append(findings, integration.Finding{Analyzer: analyzer, Position: pos, Message: message})
	}
	slices.Sort(lines)
	return lines, findings
}

// golangci runs golangci-lint, with its own cache, and returns its JSON
// output, its error output, and an error unless it exited 0.
func golangci(t *testing.T, dir, cfg string) (stdout, stderr []byte, err error) {
	t.Helper()
	return golangciWith(t, newest, dir, cfg)
}

func golangciWith(t *testing.T, r *recipe, dir, cfg string) (stdout, stderr []byte, err error) {
	t.Helper()
	bin := r.binary(t)
	tmp := t.TempDir()
	cfgFile, jsonFile := filepath.Join(tmp, "golangci.yml"), filepath.Join(tmp, "issues.json")
	if err := os.WriteFile(cfgFile, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "-c", cfgFile, "--issues-exit-code=0", "--show-stats=false",
		"--output.json.path", jsonFile, "./...")
	cmd.Dir = dir
	cmd.Env = append(integration.GoEnv(),
		"GOLANGCI_LINT_CACHE="+filepath.Join(tmp, "cache"),
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=readonly"))
	if r.toolchain != "" {
		cmd.Env = append(cmd.Env, "GOTOOLCHAIN="+r.toolchain)
	}
	var e bytes.Buffer
	cmd.Stderr = &e
	start := time.Now()
	err = cmd.Run()
	t.Logf("golangci-lint run on %s: %s", dir, time.Since(start).Round(time.Second))
	if err == nil {
		stdout, err = os.ReadFile(jsonFile)
	}
	return stdout, e.Bytes(), err
}

// TestE2E runs golangci-lint on the end-to-end module: it must report what
// go vet reports (testdata/e2e/golden/vet.txt) and honour the module's
// `// e2e:` markers.
func TestE2E(t *testing.T) {
	enabled(t)
	dir := integration.E2EDir(t)
	golden, err := os.ReadFile(filepath.Join(dir, "golden", "vet.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := foldGolden(string(golden))

	got, findings := run(t, dir, config(""))
	var gotVet []string // as go vet prints them: without the analyzer's name
	for _, f := range findings {
		gotVet = append(gotVet, fmt.Sprintf("%s: %s", f.Position, f.Message))
	}
	slices.Sort(gotVet)
	if d := diff(want, gotVet); d != "" {
		t.Errorf("golangci-lint and go vet (golden/vet.txt) disagree on %s:\n%s", dir, d)
	}
	t.Logf("golangci-lint reported %d findings on %s", len(got), dir)

	markers, err := integration.ParseMarkers(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range analyzers.All {
		names = append(names, a.Name)
	}
	rep := integration.CheckMarkers(markers, findings, names, false)
	if len(rep.Mismatches) > 0 {
		t.Errorf("%d e2e markers not honoured by golangci-lint:\n\t%s", len(rep.Mismatches), strings.Join(rep.Mismatches, "\n\t"))
	}
}

// foldGolden turns go vet's output (golden/vet.txt) into what the plugin
// reports: each finding with its related lines folded into the message,
// their files relative to the finding's directory; sorted.
func foldGolden(golden string) []string {
	var out []string
	var dir string
	for _, line := range strings.Split(inGoFiles(golden), "\n") {
		if line == "" {
			continue
		}
		if pos, msg, ok := strings.Cut(line, ": \t"); ok && len(out) > 0 {
			file, rest, _ := strings.Cut(pos, ":")
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = filepath.ToSlash(rel)
			}
			out[len(out)-1] += fmt.Sprintf("\n\t%s:%s: %s", file, rest, msg)
			continue
		}
		file, _, _ := strings.Cut(line, ":")
		dir = filepath.Dir(file)
		out = append(out, line)
	}
	slices.Sort(out)
	return out
}

// inGoFiles moves each finding of go vet's output that is in a file that is
// not Go to its first related line in a Go file, as plugin.InGoFile does:
// the finding's own position becomes its first related line.
func inGoFiles(golden string) string {
	var findings [][]string
	for _, line := range strings.Split(golden, "\n") {
		if line == "" {
			continue
		}
		if strings.Contains(line, ": \t") && len(findings) > 0 {
			findings[len(findings)-1] = append(findings[len(findings)-1], line)
			continue
		}
		findings = append(findings, []string{line})
	}
	var out []string
	for _, f := range findings {
		file, _, _ := strings.Cut(f[0], ":")
		moved := false
		for i, rel := range f[1:] {
			relPos, _, _ := strings.Cut(rel, ": \t")
			relFile, _, _ := strings.Cut(relPos, ":")
			if filepath.Ext(file) == ".go" || filepath.Ext(relFile) != ".go" {
				continue
			}
			pos, msg, _ := strings.Cut(f[0], ": ")
			lines := []string{relPos + ": " + msg, pos + ": \t" + plugin.NotInGoFile}
			lines = append(lines, f[1:i+1]...)
			lines = append(lines, f[i+2:]...)
			out = append(out, lines...)
			moved = true
			break
		}
		if !moved {
			out = append(out, f...)
		}
	}
	return strings.Join(out, "\n")
}

// TestOldestGolangci builds the plugin into the last golangci-lint v2
// release Go 1.25 can build, with Go 1.25, and checks that it reports on
// the end-to-end module exactly what the newest one reports.
func TestOldestGolangci(t *testing.T) {
	enabled(t)
	dir := integration.E2EDir(t)
	want, _ := run(t, dir, config(""))
	got, _ := runWith(t, oldest, dir, config(""))
	if d := diff(want, got); d != "" {
		t.Errorf("golangci-lint built from %s with %s disagrees with the newest:\n%s", oldest.dir, oldest.toolchain, d)
	}
}

// tinySettings disables weaksessionid: its directive in testdata/tiny must
// then be neither used nor reported.
const tinySettings = "{disable: [weaksessionid]}"

// TestSuppression runs golangci-lint on testdata/tiny, whose directives
// must work as in every other mode: its findings must be those of the same
// analyzers run in-process by the checker (as the standalone binary runs
// them), and the directives must be honoured.
func TestSuppression(t *testing.T) {
	enabled(t)
	dir, err := filepath.Abs(filepath.Join("testdata", "tiny"))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := run(t, dir, config(tinySettings))
	if d := diff(inProcess(t, dir), got); d != "" {
		t.Errorf("golangci-lint and the checker disagree on %s:\n%s", dir, d)
	}

	at := func(line int) []string {
		var out []string
		for _, g := range got {
			if strings.HasPrefix(g, fmt.Sprintf("tiny.go:%d:", line)) {
				out = append(out, g[strings.Index(g, ": ")+2:])
			}
		}
		return out
	}
	src := filepath.Join(dir, "tiny.go")
	twin := lineOf(t, src, "func Twin") + 1
	directive := lineOf(t, src, "//sessionlint:ignore cookieflags the cookie")
	if slices.ContainsFunc(at(directive+1), isCookieflags) {
		t.Errorf("a cookieflags finding under //sessionlint:ignore cookieflags: %q", at(directive+1))
	}
	unused := "cookieflags: this //sessionlint:ignore directive for cookieflags suppresses nothing; remove it"
	if slices.ContainsFunc(at(twin), isCookieflags) {
		// cookieflags reports the twin, so the directive silenced the same
		// finding.
		if len(at(directive)) > 0 {
			t.Errorf("the used directive is reported: %q", at(directive))
		}
	} else if !slices.Equal(at(directive), []string{unused}) {
		// cookieflags reports nothing yet: the directive is unused.
		t.Errorf("line %d: got %q, want %q", directive, at(directive), unused)
	}
	for _, c := range []struct{ line, want string }{
		{"//sessionlint:ignore weaksessionid", ""},
		{"//sessionlint:ignore cookieflags\n", "cookieflags: malformed //sessionlint:ignore directive: missing reason; write //sessionlint:ignore <analyzer>[,<analyzer>...] <reason>"},
		{"//sessionlint:ignore sessionfixation", "sessionfixation: this //sessionlint:ignore directive for sessionfixation suppresses nothing; remove it"},
	} {
		l := lineOf(t, src, c.line)
		var want []string
		if c.want != "" {
			want = []string{c.want}
		}
		if !slices.Equal(at(l), want) {
			t.Errorf("line %d: got %q, want %q", l, at(l), want)
		}
	}
}

func isCookieflags(s string) bool { return strings.HasPrefix(s, "cookieflags: ") }

// inProcess runs the analyzers that the plugin builds from tinySettings on
// dir with the checker and returns the findings in run's form.
func inProcess(t *testing.T, dir string) []string {
	t.Helper()
	p, err := plugin.New(map[string]any{"disable": []any{"weaksessionid"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	defer func() { t.Logf("checker on %s: %s", dir, time.Since(start).Round(time.Second)) }()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: integration.GoEnv()}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("%s does not load", dir)
	}
	graph, err := checker.Analyze(as, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	paths := integration.NewPaths(t, dir)
	var out []string
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			pos := integration.Position{File: paths.Rel(p.Filename), Line: p.Line, Col: p.Column}
			out = append(out, fmt.Sprintf("%s: %s: %s", pos, act.Analyzer.Name, d.Message))
		}
	}
	slices.Sort(out)
	return out
}

// TestSettingsRejected checks that golangci-lint stops on settings the
// plugin rejects, naming the key.
func TestSettingsRejected(t *testing.T) {
	enabled(t)
	dir := filepath.Join("testdata", "tiny")
	for settings, want := range map[string]string{
		"{disabled: [cookieflags]}":                   `unknown field "disabled"`,
		"{disable: [nosuch]}":                         `disable: unknown analyzer "nosuch"`,
		"{flags: {cookieflags: {nosuch: 1}}}":         "flags.cookieflags.nosuch: unknown flag",
		"{disable: cookieflags}":                      "disable",
		"{flags: {cookieflags: {nosuch: {a: true}}}}": "flags.cookieflags.nosuch",
	} {
		_, stderr, err := golangci(t, dir, config(settings))
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Errorf("settings %s: golangci-lint did not fail (err %v)", settings, err)
			continue
		}
		if !bytes.Contains(stderr, []byte(want)) {
			t.Errorf("settings %s: the error does not contain %q:\n%s", settings, want, stderr)
		}
	}
}

// lineOf returns the number of the first line of file holding s (s may end
// with "\n" to match the end of a line).
func lineOf(t *testing.T, file, s string) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.SplitAfter(string(data), "\n") {
		if strings.Contains(line, s) {
			return i + 1
		}
	}
	t.Fatalf("%s holds no %q", file, s)
	return 0
}

// diff lists the lines only in want (-) and only in got (+), both sorted.
func diff(want, got []string) string {
	var b strings.Builder
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case j == len(got) || i < len(want) && want[i] < got[j]:
			fmt.Fprintf(&b, "-%s\n", want[i])
			i++
		case i == len(want) || got[j] < want[i]:
			fmt.Fprintf(&b, "+%s\n", got[j])
			j++
		default:
			i++
			j++
		}
	}
	return b.String()
}
