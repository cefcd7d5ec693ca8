package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoTooNew: a module whose go line is newer than the Go that built
// sessionlint gets one message naming both versions and the command that
// rebuilds it, exit 2, and valid failure documents in every format.
func TestGoTooNew(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo, "sub/s.go": "package sub\n"})
	old := builtWith
	builtWith = "go1.21.4"
	t.Cleanup(func() { builtWith = old })

	r := runIn(t, dir, "-o", "text", "-o", "json=out.json", "-o", "sarif=out.sarif", "./...")
	r.expect(t, ExitUsage)
	if n := strings.Count(r.stderr, "\n"); n != 1 || !strings.Contains(r.stderr, "built with go1.21.4") ||
		!strings.Contains(r.stderr, "GOTOOLCHAIN=go1.") || !strings.Contains(r.stderr, "go install") {
		t.Errorf("want one line with the versions and the rebuild command, got:\n%s", r.stderr)
	}
	var v struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	data, _ := os.ReadFile(filepath.Join(dir, "out.json"))
	if err := json.Unmarshal(data, &v); err != nil || len(v.Errors) != 1 || !strings.Contains(v.Errors[0].Message, "built with go1.21.4") {
		t.Errorf("out.json (%v):\n%s", err, data)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "out.sarif")); !strings.Contains(string(data), `"executionSuccessful": false`) {
		t.Errorf("out.sarif:\n%s", data)
	}
}

// TestFailureToStandardOutput: a run that cannot load prints a valid
// document in the machine-readable formats on standard output too.
func TestFailureToStandardOutput(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n\nfunc F() { undefined() }\n"})
	j := runIn(t, dir, "-format", "json", "./...")
	j.expect(t, ExitUsage)
	var v struct {
		Diagnostics []any `json:"diagnostics"`
		Errors      []struct {
			Message string `json:"message"`
			Posn    *struct {
				File string `json:"file"`
				Line int    `json:"line"`
			} `json:"posn"`
		} `json:"errors"`
	}
	if err := json.Unmarshal([]byte(j.stdout), &v); err != nil || len(v.Errors) < 2 || v.Errors[0].Posn == nil ||
		v.Errors[0].Posn.File != "m.go" || v.Errors[0].Posn.Line != 3 || !strings.Contains(v.Errors[0].Message, "undefined") {
		t.Errorf("json (%v):\n%s", err, j.stdout)
	}
	s := runIn(t, dir, "-format", "sarif", "./...")
	s.expect(t, ExitUsage)
	if !strings.Contains(s.stdout, `"executionSuccessful": false`) || !strings.Contains(s.stdout, "undefined") {
		t.Errorf("sarif:\n%s", s.stdout)
	}
	g := runIn(t, dir, "-format", "github", "./...")
	g.expect(t, ExitUsage)
	if !strings.HasPrefix(g.stdout, "::error file=m.go,line=3,") {
		t.Errorf("github:\n%s", g.stdout)
	}
	if txt := runIn(t, dir, "./..."); txt.stdout != "" || !strings.Contains(txt.stderr, "undefined") {
		t.Errorf("text: stdout %q, stderr %q", txt.stdout, txt.stderr)
	}
}

// TestUnitGoVersion: under go vet, a package's go line or its imports'
// export data from a newer compiler is the Go-version error, and the
// message is claimed by one process of a go command's run.
func TestUnitGoVersion(t *testing.T) {
	old := builtWith
	builtWith = "go1.26.8"
	t.Cleanup(func() { builtWith = old })
	dir := t.TempDir()
	write := func(name, header string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("!<arch>\n__.PKGDEF       0           0     0     644     42975     `\n"+header+"\nbuild id \"x\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	same := write("same.a", "go object linux amd64 go1.26.8 GOAMD64=v1 X:regabiwrappers")
	newer := write("newer.a", "go object linux amd64 go1.27.0 GOAMD64=v1 X:regabiwrappers")
	if err := checkUnitGoVersion("p", "go1.26", map[string]string{"fmt": same}); err != nil {
		t.Errorf("same Go: %v", err)
	}
	if err := checkUnitGoVersion("p", "go1.27", map[string]string{"fmt": same}); err == nil || !strings.Contains(err.Error(), "needs Go 1.27") {
		t.Errorf("go 1.27 line: %v", err)
	}
	if err := checkUnitGoVersion("p", "go1.25", map[string]string{"fmt": newer}); err == nil || !strings.Contains(err.Error(), "GOTOOLCHAIN=go1.27.0") {
		t.Errorf("newer export data: %v", err)
	}
	builtWith = "devel go1.27-abcdef"
	if err := checkUnitGoVersion("p", "go1.27", nil); err != nil {
		t.Errorf("a development build is not judged: %v", err)
	}

	cfg := filepath.Join(dir, "work", "b001", "vet.cfg")
	if err := os.MkdirAll(filepath.Dir(cfg), 0o755); err != nil {
		t.Fatal(err)
	}
	if !reportOncePerRun(cfg, "go-version") || reportOncePerRun(cfg, "go-version") {
		t.Error("the message is not claimed exactly once per run")
	}
}
