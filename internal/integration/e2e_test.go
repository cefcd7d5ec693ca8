package integration_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/analyzers"
	"github.com/sessionlint/sessionlint/internal/integration"
)

var update = flag.Bool("update", false, "rewrite testdata/e2e/golden/vet.txt and standalone.txt with the current output")

func TestMain(m *testing.M) {
	code := m.Run()
	integration.Cleanup()
	os.Exit(code)
}

// setUp skips with -short, and returns the binary, the e2e module's
// directory and its paths.
func setUp(t *testing.T) (bin, dir string, paths integration.Paths) {
	t.Helper()
	if testing.Short() {
		t.Skip("compiles the e2e module and the real libraries it imports; skipped with -short")
	}
	dir = integration.E2EDir(t)
	return integration.Sessionlint(t), dir, integration.NewPaths(t, dir)
}

// analyzerNames are the names a marker may use.
func analyzerNames() []string {
	var names []string
	for _, a := range analyzers.All {
		names = append(names, a.Name)
	}
	return names
}

// TestE2EVet runs the binary through `go vet -vettool` on testdata/e2e,
// compares the output with testdata/e2e/golden/vet.txt and checks the
// `// e2e:` markers of the module's sources against the findings.
//
// Regenerate the golden file with:
//
//	go test ./internal/integration -run E2E -update
func TestE2EVet(t *testing.T) {
	bin, dir, paths := setUp(t)

	// Text output: what a user of `go vet -vettool` sees.
	_, stderr := integration.Vet(t, bin, dir)
	got, err := integration.NormalizeVet(stderr, paths)
	if err != nil {
		t.Fatalf("go vet -vettool on %s: %v\nwhole output:\n%s", dir, err, stderr)
	}
	integration.CompareGolden(t, filepath.Join(dir, "golden", "vet.txt"), got, *update)

	// JSON output: the same findings, with their analyzer's name.
	stdout, stderr := integration.Vet(t, bin, dir, "-json")
	findings, err := integration.ParseVetJSON(append(stdout, stderr...), paths)
	if err != nil {
		t.Fatalf("go vet -json on %s: %v\nstandard output:\n%s\nstandard error:\n%s", dir, err, stdout, stderr)
	}
	var text strings.Builder
	for _, f := range findings {
		text.WriteString(f.Text())
	}
	if fromJSON, _ := integration.NormalizeVet([]byte(text.String()), paths); fromJSON != got {
		t.Errorf("text and JSON output disagree\ntext:\n%s\nJSON:\n%s", got, fromJSON)
	}

	markers, err := integration.ParseMarkers(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(markers) == 0 {
		t.Fatalf("no // e2e: markers found under %s", dir)
	}
	rep := integration.CheckMarkers(markers, findings, analyzerNames(), false)
	for _, name := range rep.Skipped {
		t.Logf("markers of %s not checked: it reports nothing on the e2e module yet", name)
	}
	for _, f := range rep.Unmarked {
		t.Logf("finding on a line without a marker: %s: %s: %s", f.Position, f.Analyzer, f.Message)
	}
	if len(rep.Mismatches) > 0 {
		t.Errorf("%d e2e markers not honoured:\n\t%s", len(rep.Mismatches), strings.Join(rep.Mismatches, "\n\t"))
	}
}

// TestE2EStandalone runs the binary standalone on testdata/e2e and
// checks that it reports what testdata/e2e/golden/standalone.txt records,
// whichever dependencies it analyses for facts: only those of the e2e
// module (the default) or every one that may have facts, as go vet does.
// That is everything go vet -vettool reports (golden/vet.txt) and the
// findings only a driver that plans the whole module can give (an
// implementation registered by a package the caller does not import),
// which the markers name "standalone:analyzer".
func TestE2EStandalone(t *testing.T) {
	bin, dir, paths := setUp(t)
	vet, err := os.ReadFile(filepath.Join(dir, "golden", "vet.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var flags []string
	for _, a := range analyzers.All {
		flags = append(flags, "-"+a.Name)
	}
	run := func(args ...string) []byte {
		cmd := exec.Command(bin, append(flags, args...)...)
		cmd.Dir = dir
		cmd.Env = append(integration.GoEnv(), "GOFLAGS=-mod=readonly")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != 1 {
			t.Fatalf("%v: exit %d (%v), want 1 (findings)\n%s", args, code, err, stderr.String())
		}
		return stdout.Bytes()
	}
	for i, deps := range []string{"module", "all"} {
		got, err := integration.NormalizeVet(run("-deps="+deps, "./..."), paths)
		if err != nil {
			t.Fatalf("-deps=%s: %v", deps, err)
		}
		if i == 0 {
			integration.CompareGolden(t, filepath.Join(dir, "golden", "standalone.txt"), got, *update)
			lines := map[string]bool{}
			for _, l := range strings.Split(got, "\n") {
				lines[l] = true
			}
			for _, l := range strings.Split(string(vet), "\n") {
				// Related lines aside: go vet reports a position several
				// packages find once per package (a configuration file
				// two programs read), with each one's related position;
				// the standalone driver reports it once.
				if !lines[l] && !strings.Contains(l, ": \t") {
					t.Errorf("go vet reports a line the standalone driver does not: %s", l)
				}
			}
			continue
		}
		want, err := os.ReadFile(filepath.Join(dir, "golden", "standalone.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("-deps=%s: standalone output differs from -deps=module's (golden/standalone.txt):\n%s", deps, got)
		}
	}

	// The markers, with the findings only the standalone driver gives.
	var report struct {
		Diagnostics []struct {
			Analyzer string
			Message  string
			Posn     struct {
				File         string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(run("-format", "json", "./..."), &report); err != nil {
		t.Fatal(err)
	}
	var findings []integration.Finding
	for _, d := range report.Diagnostics {
		file := d.Posn.File
		if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsAbs(file) {
			file = rel
		}
		findings = append(findings, integration.Finding{Analyzer: d.Analyzer, Message: d.Message,
			Position: integration.Position{File: filepath.ToSlash(file), Line: d.Posn.Line, Col: d.Posn.Column}})
	}
	markers, err := integration.ParseMarkers(dir)
	if err != nil {
		t.Fatal(err)
	}
	if rep := integration.CheckMarkers(markers, findings, analyzerNames(), true); len(rep.Mismatches) > 0 {
		t.Errorf("%d e2e markers not honoured by the standalone driver:\n\t%s", len(rep.Mismatches), strings.Join(rep.Mismatches, "\n\t"))
	}
}

// TestE2ESARIF: the SARIF log of the e2e module validates against the
// schema, and every rule carries the security severity and help that code
// scanning shows with an alert.
func TestE2ESARIF(t *testing.T) {
	bin, dir, _ := setUp(t)
	cmd := exec.Command(bin, "-format", "sarif", "./...")
	cmd.Dir = dir
	cmd.Env = append(integration.GoEnv(), "GOFLAGS=-mod=readonly")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("exit %d (%v), want 1 (findings)\n%s", cmd.ProcessState.ExitCode(), err, stderr.String())
	}
	integration.ValidateSARIF(t, integration.SARIFSchema(t), stdout.String())
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help *struct {
							Text     string `json:"text"`
							Markdown string `json:"markdown"`
						} `json:"help"`
						Properties struct {
							SecuritySeverity string `json:"security-severity"`
							Precision        string `json:"precision"`
						} `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF (%v):\n%s", err, stdout.String())
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != len(analyzers.All) {
		t.Errorf("%d rules, want one per analyzer (%d)", len(rules), len(analyzers.All))
	}
	for _, r := range rules {
		sev, err := strconv.ParseFloat(r.Properties.SecuritySeverity, 64)
		if err != nil || sev <= 0 || sev > 10 || r.Properties.Precision == "" {
			t.Errorf("rule %s: security-severity %q, precision %q", r.ID, r.Properties.SecuritySeverity, r.Properties.Precision)
		}
		if r.Help == nil || !strings.HasPrefix(r.Help.Text, r.ID+":") || r.Help.Markdown == "" || len(r.Help.Markdown) > 5000 {
			t.Errorf("rule %s: help %+v", r.ID, r.Help)
		}
	}
}
