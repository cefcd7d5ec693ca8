package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/integration"
)

// Smoke tests of the real binary; the driver's behaviour is tested in
// process in cmd/sessionlint/internal/driver.

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
	return integration.Module(t, map[string]string{"m.go": src})
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

// TestOddInput runs the real analyzers over input that is unusual but
// must never crash sessionlint: every case ends with a documented exit
// code and a clear message (run checks that no stack trace is printed).
func TestOddInput(t *testing.T) {
	const cookie = `http.SetCookie(w, &http.Cookie{Name: "session", Value: "x"})`
	var huge strings.Builder
	huge.WriteString("package m\n\nimport \"net/http\"\n\nfunc Huge(w http.ResponseWriter, r *http.Request) {\n\tn := 0\n")
	for i := range 5000 {
		fmt.Fprintf(&huge, "\tif r.FormValue(%q) != \"\" {\n\t\tn += %d\n\t}\n", fmt.Sprint("k", i), i)
	}
	huge.WriteString("\tif n > 0 {\n\t\t" + cookie + "\n\t}\n}\n")

	for _, tc := range []struct {
		name  string
		files map[string]string
		args  []string
		code  int
		want  string
	}{
		{"bad regexp in an analyzer flag", map[string]string{"m.go": clean},
			[]string{"-sessionfixation.identity-keys=(", "./..."}, 2,
			"sessionlint: invalid value \"(\" for flag -sessionfixation.identity-keys"},
		{"cgo", map[string]string{"m.go": "package m\n\n// static int one(void) { return 1; }\nimport \"C\"\n\nimport \"net/http\"\n\n" +
			"func H(w http.ResponseWriter, r *http.Request) {\n\t_ = C.one()\n\t" + cookie + "\n}\n"},
			[]string{"./..."}, 1, "m.go:10:21: "},
		{"files for another build tag only", map[string]string{"m.go": clean, "tagged/t.go": "//go:build special\n\npackage tagged\n\nimport \"net/http\"\n\n" +
			"func H(w http.ResponseWriter, r *http.Request) {\n\t" + cookie + "\n}\n"},
			[]string{"./tagged"}, 2, "build constraints exclude all Go files"},
		{"the same with the tag", map[string]string{"m.go": clean, "tagged/t.go": "//go:build special\n\npackage tagged\n\nimport \"net/http\"\n\n" +
			"func H(w http.ResponseWriter, r *http.Request) {\n\t" + cookie + "\n}\n"},
			[]string{"-tags", "special", "./tagged"}, 1, "tagged/t.go:8:21: "},
		{"a huge function", map[string]string{"m.go": huge.String()}, []string{"./..."}, 1, "cookie"},
		{"generics, closures, defer, goroutines, method values, interfaces", map[string]string{"m.go": oddButValid},
			[]string{"./..."}, 1, "m.go:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, code := run(t, integration.Module(t, tc.files), binary, tc.args...)
			if code != tc.code || !strings.Contains(out, filepath.FromSlash(tc.want)) {
				t.Errorf("sessionlint %s: exit %d, want %d with %q\n%s", strings.Join(tc.args, " "), code, tc.code, tc.want, out)
			}
		})
	}
}

// oddButValid is valid Go that exercises SSA corners: a generic helper,
// closures, defer, a goroutine, method values and an interface, around a
// cookie without its flags (one finding).
const oddButValid = `package m

import (
	"net/http"
	"sync"
)

type setter interface{ set(http.ResponseWriter) }

type plain struct{ name string }

func (p plain) set(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: p.name, Value: "v"})
}

func apply[T setter](w http.ResponseWriter, xs ...T) {
	for _, x := range xs {
		x.set(w)
	}
}

func H(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	defer wg.Wait()
	f := plain{"session"}.set
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = r.URL.Query()
	}()
	var s setter = plain{"theme"}
	apply(w, s)
	func() { f(w) }()
}
`
