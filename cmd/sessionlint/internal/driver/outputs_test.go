package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// TestSeveralOutputs: one analysis writes annotations to standard output
// and SARIF and JSON to files.
func TestSeveralOutputs(t *testing.T) {
	dir := module(t, map[string]string{"m.go": badGo})
	r := runIn(t, dir, "-o", "github", "-o", "sarif=out.sarif", "-o", "json=out.json", "./...")
	r.expect(t, ExitFindings)
	if !strings.HasPrefix(r.stdout, "::warning file=m.go,line=7,") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	for name, want := range map[string]string{"out.sarif": `"ruleId": "testfind"`, "out.json": `"analyzer": "testfind"`} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s (%v):\n%s", name, err, data)
		}
	}
	for _, args := range [][]string{
		{"-format", "json", "-o", "sarif=x.sarif", "./..."},
		{"-o", "text", "-o", "github", "./..."},
		{"-o", "xml=out.xml", "./..."},
		{"-o", "sarif=", "./..."},
		{"-new-from-rev", "HEAD", "-new-from-patch", "p.diff", "./..."},
	} {
		if r := runIn(t, dir, args...); r.code != ExitUsage || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", args, r.code, r.stderr)
		}
	}
}

// TestFailureSARIF: when loading fails, the SARIF file is still a valid
// log that records the failure, not an empty file.
func TestFailureSARIF(t *testing.T) {
	dir := module(t, map[string]string{"m.go": "package m\n\nfunc F() { undefined() }\n"})
	r := runIn(t, dir, "-o", "text", "-o", "sarif=out.sarif", "./...")
	r.expect(t, ExitUsage)
	data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err != nil || !strings.Contains(string(data), `"executionSuccessful": false`) || !strings.Contains(string(data), "undefined") {
		t.Errorf("out.sarif (%v):\n%s", err, data)
	}
}

// TestNewFindingsAndRepoPaths: a module in a sub-directory of a git
// repository; only the findings on lines changed since the base are
// reported, and annotations and SARIF name files from the repository root.
func TestNewFindingsAndRepoPaths(t *testing.T) {
	t.Setenv("GITHUB_WORKSPACE", "")
	repo := t.TempDir()
	sub := filepath.Join(repo, "services", "web")
	if err := os.CopyFS(sub, os.DirFS(module(t, map[string]string{"m.go": badGo}))); err != nil {
		t.Fatal(err)
	}
	integration.GitCommitAll(t, repo)
	integration.Git(t, repo, "tag", "base")
	// The change adds a function with a second call; the first one, in
	// a function the change does not touch, is old.
	changed := badGo + "\nfunc G() {\n\tbad()\n}\n"
	if err := os.WriteFile(filepath.Join(sub, "m.go"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}

	all := runIn(t, sub, "-format", "github", "./...")
	all.expect(t, ExitFindings)
	if strings.Count(all.stdout, "::warning") != 2 || !strings.Contains(all.stdout, "file=services/web/m.go,line=7,") {
		t.Errorf("without -new-from-rev:\n%s", all.stdout)
	}

	r := runIn(t, sub, "-new-from-rev", "base", "-o", "github", "-o", "sarif=out.sarif", "./...")
	r.expect(t, ExitFindings)
	if strings.Count(r.stdout, "::warning") != 1 || !strings.Contains(r.stdout, "file=services/web/m.go,line=11,") {
		t.Errorf("-new-from-rev base:\n%s", r.stdout)
	}
	sarif, _ := os.ReadFile(filepath.Join(sub, "out.sarif"))
	if !strings.Contains(string(sarif), `"uri": "services/web/m.go"`) || strings.Count(string(sarif), `"ruleId"`) != 1 {
		t.Errorf("SARIF:\n%s", sarif)
	}

	// The same change handed over as a patch.
	diff := integration.Git(t, repo, "diff", "base") + "\n"
	patch := filepath.Join(t.TempDir(), "pr.diff")
	if err := os.WriteFile(patch, []byte(diff), 0o644); err != nil {
		t.Fatal(err)
	}
	p := runIn(t, sub, "-new-from-patch", patch, "-format", "github", "./...")
	p.expect(t, ExitFindings)
	if p.stdout != r.stdout {
		t.Errorf("-new-from-patch:\n%s\nwant what -new-from-rev gave:\n%s", p.stdout, r.stdout)
	}

	// Nothing new since the working tree: clean.
	integration.Git(t, repo, "commit", "-q", "-am", "second call")
	n := runIn(t, sub, "-new-from-rev", "HEAD", "./...")
	n.expect(t, ExitClean)

	bad := runIn(t, sub, "-new-from-rev", "no-such-rev", "./...")
	bad.expect(t, ExitUsage)
	if !strings.Contains(bad.stderr, "no such commit") {
		t.Errorf("stderr: %s", bad.stderr)
	}
}

// TestOutsideModule: outside a module, the go command's own explanation
// is kept.
func TestOutsideModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte("package x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOFLAGS", "")
	r := runIn(t, dir, ".")
	r.expect(t, ExitUsage)
	if !strings.Contains(r.stderr, "go.mod file not found") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

// TestNewFindingsDeletion: a change that only removes a line in the
// function holding an old finding (the renewal before a write, the Secure
// of a cookie) makes that finding new; a finding in another function stays
// old.
func TestNewFindingsDeletion(t *testing.T) {
	t.Setenv("GITHUB_WORKSPACE", "")
	repo := t.TempDir()
	const base = "package m\n\nfunc bad()  {}\nfunc good() {}\n\nfunc F() {\n\tgood()\n\tbad()\n}\n\nfunc G() {\n\tbad()\n}\n"
	if err := os.CopyFS(repo, os.DirFS(module(t, map[string]string{"m.go": base}))); err != nil {
		t.Fatal(err)
	}
	integration.GitCommitAll(t, repo)
	integration.Git(t, repo, "tag", "base")
	if err := os.WriteFile(filepath.Join(repo, "m.go"), []byte(strings.Replace(base, "\tgood()\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, repo, "-new-from-rev", "base", "-format", "github", "./...")
	r.expect(t, ExitFindings)
	if strings.Count(r.stdout, "::warning") != 1 || !strings.Contains(r.stdout, "line=7,") {
		t.Errorf("-new-from-rev after removing a line of F:\n%s", r.stdout)
	}
}

// TestBaseline: -baseline reports the findings whose fingerprint the base
// run's SARIF does not have: not the old finding, even moved down by new
// lines, but the new one.
func TestBaseline(t *testing.T) {
	t.Setenv("GITHUB_WORKSPACE", "")
	dir := module(t, map[string]string{"m.go": badGo})
	base := filepath.Join(t.TempDir(), "base.sarif")
	b := runIn(t, dir, "-o", "sarif="+base, "./...")
	b.expect(t, ExitFindings)
	changed := strings.Replace(badGo, "func F() {", "// F calls bad.\n//\n// (moved down)\nfunc F() {", 1) + "\nfunc G() {\n\tbad()\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "m.go"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "-baseline", base, "-format", "github", "./...")
	r.expect(t, ExitFindings)
	if strings.Count(r.stdout, "::warning") != 1 || !strings.Contains(r.stdout, "line=14,") {
		t.Errorf("-baseline:\n%s", r.stdout)
	}
	for _, args := range [][]string{
		{"-baseline", filepath.Join(dir, "no-such.sarif"), "./..."},
		{"-baseline", filepath.Join(dir, "m.go"), "./..."},
		{"-baseline", base, "-new-from-rev", "HEAD", "./..."},
	} {
		if r := runIn(t, dir, args...); r.code != ExitUsage || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want a usage error", args, r.code, r.stderr)
		}
	}
}
