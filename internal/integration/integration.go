// Package integration holds the helpers of sessionlint's integration tests:
// they build the real binary, run it on the end-to-end module
// (testdata/e2e, which imports the real web and session libraries), and
// compare what it reports with golden files and with the `// e2e:` markers
// written in the module's sources.
//
// The package is only imported by tests. Its tests take minutes on a cold
// build cache (the e2e module compiles gin, Fiber, beego, ...); they are
// skipped with -short.
//
// Markers: a line of the e2e module that ends with
//
//	// e2e: cookieflags
//
// must carry a finding of that analyzer (several names may be listed,
// separated by spaces or commas), and a line that ends with
//
//	// e2e: clean
//
// must carry none. An analyzer that reports nothing at all on the module is
// not checked yet (it is still a stub); the check becomes strict as soon as
// the analyzer reports anything.
package integration

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// BinaryPackage is the import path of the sessionlint command.
const BinaryPackage = "github.com/sessionlint/sessionlint/cmd/sessionlint"

var root struct {
	once sync.Once
	dir  string
	err  error
}

// RepoRoot returns the root directory of the sessionlint module (the
// directory of its go.mod), as reported by `go env GOMOD` from the test's
// working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	root.once.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			root.err = fmt.Errorf("go env GOMOD: %v", err)
			return
		}
		gomod := strings.TrimSpace(string(out))
		if gomod == "" || gomod == os.DevNull {
			root.err = errors.New("go env GOMOD: not inside a module")
			return
		}
		root.dir = filepath.Dir(gomod)
	})
	if root.err != nil {
		t.Fatal(root.err)
	}
	return root.dir
}

// E2EDir returns the directory of the end-to-end module, testdata/e2e.
func E2EDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(RepoRoot(t), "testdata", "e2e")
}

var binary struct {
	once sync.Once
	tmp  string // directory holding the binary, removed by Cleanup
	path string
	skip string // why the binary cannot be built yet
	err  error
}

// Sessionlint returns the path of a sessionlint binary built from the
// working tree with `go build -o <tmp>/sessionlint`. It is built once per
// test process and shared by every test that calls Sessionlint; TestMain
// must call Cleanup after m.Run to remove it.
//
// While cmd/sessionlint has no main package, Sessionlint skips t with a
// message saying so. Any other build failure fails t.
//
// When the environment variable SESSIONLINT_BIN names a file, that binary is
// used instead and nothing is built (for trying an existing binary, or a
// stand-in while the command is being written).
func Sessionlint(t testing.TB) string {
	t.Helper()
	dir := RepoRoot(t)
	binary.once.Do(func() {
		if bin := os.Getenv("SESSIONLINT_BIN"); bin != "" {
			if _, err := os.Stat(bin); err != nil {
				binary.err = fmt.Errorf("SESSIONLINT_BIN: %v", err)
			}
			binary.path = bin
			return
		}
		buildBinary(dir)
	})
	switch {
	case binary.skip != "":
		t.Skip(binary.skip)
	case binary.err != nil:
		t.Fatal(binary.err)
	}
	return binary.path
}

func buildBinary(dir string) {
	// `go list -e` reports a missing or non-main package without failing.
	list := exec.Command("go", "list", "-e", "-f", "{{.Name}}|{{if .Error}}{{.Error}}{{end}}", BinaryPackage)
	list.Dir = dir
	out, err := list.Output()
	if err != nil {
		binary.err = fmt.Errorf("go list %s: %v", BinaryPackage, err)
		return
	}
	name, listErr, _ := strings.Cut(strings.TrimSpace(string(out)), "|")
	if name != "main" {
		binary.skip = fmt.Sprintf("%s has no main package yet (package name %q; %s): nothing to run", BinaryPackage, name, listErr)
		return
	}
	tmp, err := os.MkdirTemp("", "sessionlint-integration-")
	if err != nil {
		binary.err = err
		return
	}
	binary.tmp = tmp
	path := filepath.Join(tmp, "sessionlint")
	build := exec.Command("go", "build", "-o", path, BinaryPackage)
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		binary.err = fmt.Errorf("go build %s: %v\n%s", BinaryPackage, err, out)
		return
	}
	binary.path = path
}

// Cleanup removes the binary built by Sessionlint. Call it from TestMain
// after m.Run.
func Cleanup() {
	if binary.tmp != "" {
		os.RemoveAll(binary.tmp)
	}
}

// GoEnv returns the environment for go commands run on a testdata module:
// the test's own environment with workspaces turned off, so that a go.work
// above the repository cannot change which modules are used.
func GoEnv() []string {
	return append(os.Environ(), "GOWORK=off")
}

// Vet runs `go vet -mod=readonly -vettool=bin [flags] ./...` in dir and
// returns its standard output and error output. -mod=readonly (which
// overrides any -mod in GOFLAGS) makes a stale go.mod or an incomplete go.sum
// fail the test instead of being fixed on the fly.
//
// The exit status is not checked: vet exits 1 when it reports anything, so
// callers check the output instead (NormalizeVet rejects anything that is
// not a diagnostic).
func Vet(t testing.TB, bin, dir string, flags ...string) (stdout, stderr []byte) {
	t.Helper()
	args := append([]string{"vet", "-mod=readonly", "-vettool=" + bin}, flags...)
	args = append(args, "./...")
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = GoEnv()
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return o.Bytes(), e.Bytes()
}

// A Position is a place in a file, with File relative to the analyzed
// module when it is inside it.
type Position struct {
	File      string
	Line, Col int
}

func (p Position) String() string {
	if p.Col == 0 {
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// A Finding is one diagnostic, from vet's -json output (or from any other
// output a test converts).
type Finding struct {
	Package  string
	Analyzer string
	Category string
	Position
	Message string
	Related []Related
}

// Related is a diagnostic's secondary position.
type Related struct {
	Position
	Message string
}

// Text renders f as `go vet` prints it: the position and message, then one
// line per related position with the message after a tab.
func (f Finding) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", f.Position, f.Message)
	for _, r := range f.Related {
		fmt.Fprintf(&b, "%s: \t%s\n", r.Position, r.Message)
	}
	return b.String()
}

// Paths rewrites absolute paths in tool output so that golden files do not
// depend on the machine: the analyzed module's directory is removed (paths
// become relative to it), and the module cache and GOROOT become
// $GOMODCACHE and $GOROOT.
type Paths struct {
	Dir, ModCache, GoRoot string
	realDir               string // Dir with symbolic links resolved
}

// NewPaths returns the Paths for the module in dir.
func NewPaths(t testing.TB, dir string) Paths {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 {
		t.Fatalf("go env GOMODCACHE GOROOT: unexpected output %q", out)
	}
	p := Paths{Dir: dir, ModCache: lines[0], GoRoot: lines[1], realDir: dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		p.realDir = real
	}
	return p
}

// Rel rewrites one path or one line of output.
func (p Paths) Rel(s string) string {
	dirs := []struct{ from, to string }{
		{p.Dir + string(filepath.Separator), ""},
		{p.realDir + string(filepath.Separator), ""},
		{p.ModCache + string(filepath.Separator), "$GOMODCACHE/"},
		{p.GoRoot + string(filepath.Separator), "$GOROOT/"},
	}
	for _, d := range dirs {
		if d.from != string(filepath.Separator) {
			s = strings.ReplaceAll(s, d.from, d.to)
		}
	}
	s = strings.TrimPrefix(s, "./")
	return filepath.ToSlash(s)
}

// diagLine matches "file:line[:col]: message".
var diagLine = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?: (.*)$`)

// posn matches "file:line[:col]".
var posn = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?$`)

func parsePosition(s string) (Position, bool) {
	m := posn.FindStringSubmatch(s)
	if m == nil {
		return Position{}, false
	}
	return position(m[1], m[2], m[3]), true
}

func position(file, line, col string) Position {
	l, _ := strconv.Atoi(line)
	c, _ := strconv.Atoi(col)
	return Position{File: file, Line: l, Col: c}
}

// NormalizeVet turns the text that `go vet -vettool` writes on standard
// error into a deterministic form for a golden file: paths are made relative
// (see Paths), "# package" headers and "go: downloading" lines are dropped,
// each diagnostic keeps its related lines (those whose message starts with a
// tab) right after it, and diagnostics are sorted by file, line, column and
// message. It returns an error listing the lines that are not diagnostics,
// such as compiler or tool errors.
func NormalizeVet(out []byte, p Paths) (string, error) {
	type block struct {
		pos  Position
		text string
	}
	var blocks []block
	var bad []string
	for _, line := range strings.Split(string(out), "\n") {
		line = p.Rel(strings.TrimRight(line, "\r"))
		if line == "" || strings.HasPrefix(line, "# ") || strings.HasPrefix(line, "go: downloading ") {
			continue
		}
		m := diagLine.FindStringSubmatch(line)
		if m == nil {
			bad = append(bad, line)
			continue
		}
		if strings.HasPrefix(m[4], "\t") && len(blocks) > 0 {
			blocks[len(blocks)-1].text += line + "\n"
			continue
		}
		blocks = append(blocks, block{position(m[1], m[2], m[3]), line + "\n"})
	}
	sort.SliceStable(blocks, func(i, j int) bool {
		a, b := blocks[i].pos, blocks[j].pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		return blocks[i].text < blocks[j].text
	})
	var b strings.Builder
	for _, bl := range blocks {
		b.WriteString(bl.text)
	}
	if len(bad) > 0 {
		return b.String(), fmt.Errorf("output lines that are not diagnostics:\n\t%s", strings.Join(bad, "\n\t"))
	}
	return b.String(), nil
}

type jsonDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	Related  []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related"`
}

// ParseVetJSON reads the output of `go vet -vettool=... -json`: a stream of
// JSON objects mapping package to analyzer to a list of diagnostics (or to
// {"error": ...}). Go 1.26 writes it on standard output, Go 1.25 on standard
// error between "# package" lines, so pass both; header and
// "go: downloading" lines are skipped, anything else that is not JSON is an
// error. Analyzer errors are returned as an error. Findings are sorted like
// NormalizeVet's output, with paths rewritten by p.
func ParseVetJSON(out []byte, p Paths) ([]Finding, error) {
	var findings []Finding
	var errs []string
	var kept bytes.Buffer
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if !strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "go: downloading ") {
			kept.WriteString(line)
		}
	}
	dec := json.NewDecoder(&kept)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("decoding vet -json output: %v", err)
		}
		for pkg, byAnalyzer := range tree {
			for name, raw := range byAnalyzer {
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var e struct {
						Error string `json:"error"`
					}
					if json.Unmarshal(raw, &e) != nil || e.Error == "" {
						return nil, fmt.Errorf("%s: %s: unexpected result %s", pkg, name, raw)
					}
					errs = append(errs, fmt.Sprintf("%s: %s: %s", pkg, name, p.Rel(e.Error)))
					continue
				}
				for _, d := range diags {
					pos, ok := parsePosition(p.Rel(d.Posn))
					if !ok {
						return nil, fmt.Errorf("%s: %s: bad position %q", pkg, name, d.Posn)
					}
					f := Finding{Package: pkg, Analyzer: name, Category: d.Category, Position: pos, Message: d.Message}
					for _, r := range d.Related {
						rpos, _ := parsePosition(p.Rel(r.Posn))
						f.Related = append(f.Related, Related{rpos, r.Message})
					}
					findings = append(findings, f)
				}
			}
		}
	}
	SortFindings(findings)
	if len(errs) > 0 {
		sort.Strings(errs)
		return findings, fmt.Errorf("analyzer errors:\n\t%s", strings.Join(errs, "\n\t"))
	}
	return findings, nil
}

// SortFindings sorts by file, line, column, analyzer and message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Analyzer != b.Analyzer {
			return a.Analyzer < b.Analyzer
		}
		return a.Message < b.Message
	})
}

// CompareGolden compares got with the golden file at path, or rewrites the
// file when update is true. Each test package defines its own -update flag
// and passes it here (a flag defined in this package would collide with a
// test package's own).
func CompareGolden(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("updated %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (rerun the test with -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	t.Errorf("%s differs from the output (rerun with -update to accept the output):\n%s", path, lineDiff(string(want), got))
}

// lineDiff lists the lines only in want (-) and only in got (+), in order.
func lineDiff(want, got string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.SplitAfter(s, "\n") {
			if l != "" {
				m[l]++
			}
		}
		return m
	}
	w, g := count(want), count(got)
	var b strings.Builder
	for _, l := range strings.SplitAfter(want, "\n") {
		if l != "" && g[l] == 0 {
			b.WriteString("- " + l)
		} else if l != "" {
			g[l]--
		}
	}
	for _, l := range strings.SplitAfter(got, "\n") {
		if l != "" && w[l] == 0 {
			b.WriteString("+ " + l)
		} else if l != "" {
			w[l]--
		}
	}
	return b.String()
}
