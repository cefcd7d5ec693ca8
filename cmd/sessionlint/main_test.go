package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
)

// Smoke tests of the real binary; the driver's behaviour is tested in
// process in internal/driver.

var binary string // built by TestMain

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sessionlint-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "sessionlint")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// module writes a throwaway module with one file m.go.
func module(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.25\n",
		"m.go":   src,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs name with args in dir and returns its combined output and exit code.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "goroutine ") {
		t.Errorf("%s %v printed a stack trace:\n%s", name, args, out)
	}
	return string(out), code
}

// clean has no imports: the analyzers (and, under go vet, their facts)
// would otherwise run on every dependency, which a smoke test need not
// pay for.
const clean = "package m\n\nfunc F() {}\n"

func TestListAndExplain(t *testing.T) {
	out, code := run(t, "", binary, "-list")
	if code != 0 {
		t.Fatalf("-list: exit %d\n%s", code, out)
	}
	for _, a := range analyzers.All {
		if !strings.Contains(out, "\n"+a.Name+" ") {
			t.Errorf("-list lacks %s:\n%s", a.Name, out)
		}
	}
	out, code = run(t, "", binary, "-explain", analyzers.All[0].Name)
	if code != 0 || !strings.Contains(out, "# Analyzer "+analyzers.All[0].Name) {
		t.Errorf("-explain: exit %d\n%s", code, out)
	}
	if out, code = run(t, "", binary, "-version"); code != 0 || !strings.HasPrefix(out, "sessionlint ") {
		t.Errorf("-version: exit %d\n%s", code, out)
	}
}

func TestStandalone(t *testing.T) {
	dir := module(t, clean)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"./..."}, 0, ""},
		{[]string{"-format", "sarif", "./..."}, 0, `"version": "2.1.0"`},
		{[]string{"-flag-that-does-not-exist"}, 2, "sessionlint: flag provided but not defined: -flag-that-does-not-exist"},
		{[]string{"./does-not-exist"}, 2, "sessionlint: cannot load ./does-not-exist"},
		{[]string{"-explain", "nope"}, 2, `sessionlint: unknown analyzer "nope"`},
		{[]string{"-format", "xml", "./..."}, 2, `sessionlint: invalid -format "xml"`},
	} {
		out, code := run(t, dir, binary, tc.args...)
		if code != tc.code || !strings.Contains(out, tc.want) {
			t.Errorf("sessionlint %s: exit %d, want %d with %q\n%s", strings.Join(tc.args, " "), code, tc.code, tc.want, out)
		}
	}

	broken := module(t, "package m\n\nfunc F() int { return \"x\" }\n")
	out, code := run(t, broken, binary, "./...")
	if code != 2 || !strings.HasPrefix(out, "m.go:3:23: ") || !strings.Contains(out, "sessionlint: 1 error in 1 package") {
		t.Errorf("type error: exit %d\n%s", code, out)
	}
}

func TestVet(t *testing.T) {
	dir := module(t, clean)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"./..."}, 0},
		{[]string{"-json", "./..."}, 0},
		{[]string{"-cookieflags=false", "./..."}, 0},
		{[]string{"-sessionfixation", "-cookieflags", "./..."}, 0},
		{[]string{"-sessionfixation=maybe", "./..."}, 2},
		{[]string{"-nosuchanalyzer", "./..."}, 2},
	} {
		args := append([]string{"vet", "-vettool=" + binary}, tc.args...)
		out, code := run(t, dir, "go", args...)
		if code != tc.code {
			t.Errorf("go %s: exit %d, want %d\n%s", strings.Join(args, " "), code, tc.code, out)
		}
		// go vet -json prints a "# package" header before the JSON up to
		// Go 1.25 (on stderr), and none from Go 1.26 (on stdout).
		body := dropPackageHeaders(out)
		if tc.code == 0 && strings.TrimSpace(body) != "" && !strings.HasPrefix(body, "{") {
			t.Errorf("go %s printed:\n%s", strings.Join(args, " "), out)
		}
	}
}

// dropPackageHeaders removes the "# importpath" lines go vet prints.
func dropPackageHeaders(out string) string {
	var kept []string
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "# ") {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}
