package determinism_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/integration"
)

func TestMain(m *testing.M) {
	code := m.Run()
	integration.Cleanup()
	os.Exit(code)
}

// A result is what one run printed, and how it exited.
type result struct {
	stdout, stderr []byte
	code           int
}

// run runs the command in dir with the environment of the integration
// tests (no go.work).
func run(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = integration.GoEnv()
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return result{o.Bytes(), e.Bytes(), exit.ExitCode()}
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return result{o.Bytes(), e.Bytes(), 0}
}

// same fails t unless got is byte-identical to want.
func same(t *testing.T, what string, want, got []byte) {
	t.Helper()
	if bytes.Equal(want, got) {
		return
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			t.Errorf("%s differs (%d and %d bytes); first difference at line %d:\nwant: %q\ngot:  %q", what, len(want), len(got), i+1, wl, gl)
			return
		}
	}
}

// TestStandalone runs sessionlint standalone on the e2e module with
// -format json twice with its default parallelism and once with -p 1, and
// requires the same bytes and the same exit code. (The other formats
// render the same sorted diagnostics; JSON carries every field.)
func TestStandalone(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the e2e module three times; skipped with -short")
	}
	bin := integration.Sessionlint(t)
	dir := integration.E2EDir(t)

	// Without the result cache: each run analyses every package again.
	args := []string{"-cache=false", "-format", "json", "./..."}
	first := run(t, dir, bin, args...)
	if first.code != 0 && first.code != 1 {
		t.Fatalf("sessionlint %s: exit %d (want 0 or 1)\n%s", strings.Join(args, " "), first.code, first.stderr)
	}
	if !json.Valid(first.stdout) {
		t.Errorf("-format json: output is not valid JSON:\n%s", first.stdout)
	}
	again := [][]string{args}
	help := run(t, dir, bin, "-h")
	if bytes.Contains(help.stdout, []byte("\n  -p ")) || bytes.Contains(help.stderr, []byte("\n  -p ")) {
		again = append(again, append([]string{"-p", "1"}, args...))
	} else {
		t.Log("sessionlint has no -p flag: the one-worker run is not checked")
	}
	for _, a := range again {
		name := "sessionlint " + strings.Join(a, " ")
		got := run(t, dir, bin, a...)
		if got.code != first.code {
			t.Errorf("%s: exit %d, the first run exited %d", name, got.code, first.code)
		}
		same(t, name+": standard output", first.stdout, got.stdout)
		same(t, name+": standard error", first.stderr, got.stderr)
	}
}

// TestVet runs go vet -vettool -json twice on the e2e module and requires
// the same output for each package.
//
// go vet caches each package's result under the tool's ID, which is a hash
// of the tool's executable, so a second run would only replay the first.
// Each run therefore uses its own copy of the binary with a distinct
// trailer appended (the program is unchanged, its hash is not): both runs
// analyze every package, while compiled dependencies still come from the
// build cache.
//
// The go command prints each package's output as the package finishes, in
// an order that depends on scheduling, so the packages' JSON objects are
// compared as a set, the bytes of each exactly. With -json, those bytes are
// the tool's own output. Without it, go vet (since Go 1.26) decodes that
// JSON and prints the analyzers of a package in map order, which differs
// from run to run whatever the tool does (cmd/go/internal/vet,
// printJSONDiagnostics), so text output is not compared byte for byte.
func TestVet(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the e2e module and its dependencies twice; skipped with -short")
	}
	bin := integration.Sessionlint(t)
	dir := integration.E2EDir(t)

	var outs [2][]string
	for i := range outs {
		tool := freshCopy(t, bin, i)
		stdout, stderr := integration.Vet(t, tool, dir, "-json")
		if bytes.Contains(stderr, []byte("internal error")) || bytes.Contains(stderr, []byte("panic:")) {
			t.Fatalf("run %d: sessionlint failed under go vet:\n%s", i+1, stderr)
		}
		// Up to Go 1.25, go vet -json writes to standard error, each
		// package's JSON after a "# importpath" line; from 1.26, to
		// standard output.
		if len(bytes.TrimSpace(stdout)) == 0 {
			stdout = dropHeaders(stderr)
		}
		outs[i] = jsonObjects(t, stdout)
		if len(outs[i]) == 0 {
			t.Fatalf("run %d: go vet -json printed nothing; standard error:\n%s", i+1, stderr)
		}
	}
	if len(outs[0]) != len(outs[1]) {
		t.Errorf("first run printed %d package objects, second %d", len(outs[0]), len(outs[1]))
	}
	for i := 0; i < len(outs[0]) && i < len(outs[1]); i++ {
		same(t, fmt.Sprintf("package object %d", i+1), []byte(outs[0][i]), []byte(outs[1][i]))
	}
}

// dropHeaders removes the go command's "# importpath" and "go: ..." lines.
func dropHeaders(out []byte) []byte {
	var kept [][]byte
	for _, line := range bytes.Split(out, []byte("\n")) {
		if !bytes.HasPrefix(line, []byte("# ")) && !bytes.HasPrefix(line, []byte("go: ")) {
			kept = append(kept, line)
		}
	}
	return bytes.Join(kept, []byte("\n"))
}

// jsonObjects splits a stream of JSON values into their raw texts, sorted.
func jsonObjects(t *testing.T, out []byte) []string {
	t.Helper()
	var objs []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("go vet -json: %v\n%s", err, out)
		}
		objs = append(objs, string(raw))
	}
	sort.Strings(objs)
	return objs
}

// freshCopy copies the binary to a new file with a trailer naming run i
// of this process at this time, so that go vet keys its cache differently
// for each copy, also from the copies of earlier test runs.
func freshCopy(t *testing.T, bin string, i int) string {
	t.Helper()
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	data = fmt.Appendf(data, "\ndeterminism test: process %d, run %d, %d\n", os.Getpid(), i, time.Now().UnixNano())
	path := filepath.Join(t.TempDir(), "sessionlint")
	if err := os.WriteFile(path, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}
