package driver

import (
	"go/build"
	"go/version"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sessionlint/sessionlint/cmd/sessionlint/internal/resultcache"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
)

// The test binary doubles as the go vet tool: with SESSIONLINT_TEST_VETTOOL=1
// it runs vetMain with the test analyzers, so that the vet protocol is
// tested end to end (go vet -> -V=full, -flags, unit.cfg -> unitchecker).
func TestMain(m *testing.M) {
	if os.Getenv("SESSIONLINT_TEST_VETTOOL") == "1" {
		toolMain(os.Args[1:], testRegistry, testFactPolicy)
	}
	// The tests share a result cache of their own.
	if os.Getenv(resultcache.Env) == "" {
		dir, err := os.MkdirTemp("", "sessionlint-results-")
		if err != nil {
			panic(err)
		}
		os.Setenv(resultcache.Env, dir)
		code := m.Run()
		os.RemoveAll(dir)
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// testFactPolicy analyses every dependency outside the standard library
// for facts: the test analyzers' facts are on any function named Mark.
func testFactPolicy(path string, std bool, imports []string, analysed func(string) bool) bool {
	return !std
}

// testEnv is the standalone command with the test analyzers, and this
// test binary as their vet tool.
func testEnv(t *testing.T, dir string) env {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return env{
		dir:        dir,
		registry:   testRegistry,
		needsFacts: testFactPolicy,
		rounds:     testRounds,
		tool:       tool{command: []string{exe}, env: []string{"SESSIONLINT_TEST_VETTOOL=1"}},
	}
}

// goVet runs go vet with this test binary as the vet tool.
func goVet(t *testing.T, dir string, args ...string) (string, int) {
	return goTool(t, dir, "vet", "-vettool", args...)
}

// goTool runs "go sub -toolflag=<this test binary> args...".
func goTool(t *testing.T, dir, sub, toolFlag string, args ...string) (string, int) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", append([]string{sub, toolFlag + "=" + exe}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SESSIONLINT_TEST_VETTOOL=1")
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "goroutine ") {
		t.Errorf("stack trace printed:\n%s", out)
	}
	return string(out), code
}

func TestVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := module(t, map[string]string{
		"m.go":         badGo,
		"w/w.go":       "package w\n\nfunc worse() {}\n\nfunc F() { worse() }\n",
		"a/a.go":       "package a\n\nfunc Mark() {}\n",
		"b/b.go":       "package b\n\nimport \"example.com/m/a\"\n\nfunc F() { a.Mark() }\n",
		"boom/boom.go": "package boom\n\nfunc bad() {}\n\nfunc F() { bad() }\n",
	})
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		want     []string
		dontWant []string
	}{
		{"defaults", []string{".", "./b"}, 1,
			[]string{"m.go:7:2: call to bad; call good instead", "call to marked function example.com/m/a.Mark"},
			[]string{"testoff ran"}},
		{"disable", []string{"-testfind=false", "."}, 0, nil, []string{"call to bad", "testoff ran"}},
		{"select", []string{"-testoff", "."}, 1, []string{"testoff ran on m"}, []string{"call to bad"}},
		{"option", []string{"-testfind.name=worse", "./w"}, 1, []string{"call to worse"}, nil},
		{"json", []string{"-json", "-testfind", "."}, 0, []string{`"testfind": [`, `"message": "call to bad; call good instead"`}, nil},
		// (go vet 1.26 shows only the error of a package whose analysis
		// failed, although the tool also reports the other findings.)
		{"panic", []string{"./boom"}, 1,
			[]string{"analyzer testboom panicked on package example.com/m/boom: kaboom second line"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, code := goVet(t, dir, tc.args...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d", code, tc.code)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tc.dontWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q", w)
				}
			}
			if t.Failed() {
				t.Logf("go vet %s:\n%s", strings.Join(tc.args, " "), out)
			}
		})
	}
}

// TestFix checks that suggested fixes reach go fix, which applies them
// through the same protocol (sessionlint has no -fix of its own).
func TestFix(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go fix")
	}
	if version.Compare(runtime.Version(), "go1.26") < 0 {
		t.Skip("go fix -fixtool arrived in Go 1.26")
	}
	dir := module(t, map[string]string{"m.go": badGo})
	out, code := goTool(t, dir, "fix", "-fixtool", "-diff", ".")
	if code != 1 || !strings.Contains(out, "-\tbad()\n+\tgood()") {
		t.Errorf("go fix -diff: exit %d\n%s", code, out)
	}
}

// TestUnitNeedsFacts checks the vet tool's decision to dismiss a
// dependency, with sessionlint's policy, from its config alone.
func TestUnitNeedsFacts(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "facts.vetx")
	empty := filepath.Join(dir, "empty.vetx")
	os.WriteFile(facts, []byte("not empty"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	inGoroot := filepath.Join(build.Default.GOROOT, "src", "fmt", "print.go")
	for _, tc := range []struct {
		name string
		cfg  unitchecker.Config
		want bool
	}{
		{"imports net/http", unitchecker.Config{ImportPath: "example.com/h", GoFiles: []string{"/x/h.go"},
			ImportMap: map[string]string{"net/http": "net/http"}}, true},
		{"imports nothing relevant", unitchecker.Config{ImportPath: "example.com/s", GoFiles: []string{"/x/s.go"},
			ImportMap:   map[string]string{"strings": "strings", "example.com/u": "example.com/u"},
			PackageVetx: map[string]string{"example.com/u": empty}}, false},
		{"imports an analysed package", unitchecker.Config{ImportPath: "example.com/w", GoFiles: []string{"/x/w.go"},
			ImportMap:   map[string]string{"example.com/u": "example.com/u"},
			PackageVetx: map[string]string{"example.com/u": facts}}, true},
		{"standard library", unitchecker.Config{ImportPath: "fmt", GoFiles: []string{inGoroot},
			ImportMap: map[string]string{"net/http": "net/http"}}, false},
		{"modelled library", unitchecker.Config{ImportPath: "github.com/gorilla/sessions", GoFiles: []string{"/m/s.go"},
			ImportMap: map[string]string{"net/http": "net/http"}}, false},
	} {
		if got := unitNeedsFacts(&tc.cfg, lazyssa.NeedsFacts); got != tc.want {
			t.Errorf("%s: needs facts = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestUnitWanted checks -deps under go vet: a dependency of a third-party
// module (one with a version) is analysed only with -deps=all.
func TestUnitWanted(t *testing.T) {
	cfg := unitchecker.Config{ImportPath: "example.com/h", GoFiles: []string{"/x/h.go"},
		ImportMap: map[string]string{"net/http": "net/http"}}
	third := cfg
	third.ModulePath, third.ModuleVersion = "example.com/h", "v1.2.3"
	for _, tc := range []struct {
		cfg  *unitchecker.Config
		deps string
		want bool
	}{
		{&cfg, depsModule, true},
		{&third, depsModule, false},
		{&third, depsAll, true},
	} {
		if got := unitWanted(tc.cfg, tc.deps, lazyssa.NeedsFacts); got != tc.want {
			t.Errorf("%s@%q with -deps=%s: wanted = %v, want %v", tc.cfg.ImportPath, tc.cfg.ModuleVersion, tc.deps, got, tc.want)
		}
	}
	if _, err := depsFlag([]string{"-deps=some", "x.cfg"}); err == nil {
		t.Error("depsFlag accepts -deps=some")
	}
	if deps, err := depsFlag([]string{"-json", "--deps=all", "x.cfg"}); err != nil || deps != depsAll {
		t.Errorf("depsFlag(--deps=all) = %q, %v", deps, err)
	}
}
