package integration_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// TestActionHardened checks the rules action.yml keeps: inputs reach the
// script through env: (a run: script that expands ${{ ... }} is a template
// injection), one run writes annotations and SARIF (-o), the sarif output
// is set by the script, only when a file was written, and the actions it
// uses are pinned to commit SHAs.
func TestActionHardened(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(integration.RepoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Outputs map[string]struct{ Value string }
		Runs    struct {
			Using string
			Steps []struct {
				ID  string
				Run string
				Env map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	runs := 0
	for _, step := range action.Runs.Steps {
		if strings.Contains(step.Run, "${{") {
			t.Errorf("step %q expands an expression inside its script; pass it through env:\n%s", step.ID, step.Run)
		}
		if strings.Contains(step.Run, `"${args[@]}"`) { // the step that runs sessionlint
			runs++
			if !strings.Contains(step.Run, "-o github") || !strings.Contains(step.Run, `sarif=$SESSIONLINT_SARIF`) {
				t.Errorf("step %q does not write annotations and SARIF from one run", step.ID)
			}
			if !strings.Contains(step.Run, `[ -s "$SESSIONLINT_SARIF" ]`) || !strings.Contains(step.Run, "GITHUB_OUTPUT") {
				t.Errorf("step %q does not set the sarif output only when the file was written", step.ID)
			}
		}
	}
	if runs != 1 {
		t.Errorf("sessionlint runs in %d steps, want 1", runs)
	}
	if v := action.Outputs["sarif"].Value; !strings.HasPrefix(v, "${{ steps.") {
		t.Errorf("output sarif = %q, want a step's output", v)
	}
	// The actions it uses (the cache) are pinned as the workflow's are.
	for _, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, "uses:") && !strings.HasPrefix(strings.TrimSpace(line), "#") && !pinned.MatchString(line) {
			t.Errorf("not pinned to a commit SHA with its version in a comment: %s", strings.TrimSpace(line))
		}
	}
}

// pinned is a third-party action pinned to a full commit SHA with its
// version in a comment: "uses: owner/repo[/path]@<sha> # vX.Y.Z".
var pinned = regexp.MustCompile(`^\s*-?\s*uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\s*$`)

// TestWorkflowPinned checks the documented workflow: every third-party
// action is pinned to a full commit SHA, with the version in a comment (the
// SHAs were those of the newest release of each action's current major
// version when written: actions/checkout v7, actions/setup-go v7,
// github/codeql-action v4). sessionlint's own action has no release yet:
// it is pinned to a commit of main.
func TestWorkflowPinned(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(integration.RepoRoot(t), "docs", "ci", "github-workflow.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf map[string]any
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("the workflow is not valid YAML: %v", err)
	}
	uses := 0
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "uses:") || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		uses++
		if strings.Contains(line, "sessionlint/sessionlint@") {
			// No release yet: a commit SHA, with what it is in a comment.
			if !regexp.MustCompile(`sessionlint/sessionlint@[0-9a-f]{40}\s+#\s*\S`).MatchString(line) {
				t.Errorf("sessionlint's action is not pinned to a commit SHA: %s", strings.TrimSpace(line))
			}
			continue
		}
		if !pinned.MatchString(line) {
			t.Errorf("not pinned to a commit SHA with its version in a comment: %s", strings.TrimSpace(line))
		}
	}
	if uses < 3 {
		t.Errorf("found %d uses: lines, want the checkout, setup-go, sessionlint and upload steps", uses)
	}
}

// TestActionScript runs the action's steps, as the runner would, on a
// module in a sub-directory of a git repository: the install step (with a
// GOBIN of the job's, which it must not depend on), then the run step:
// annotations for the new finding only, a SARIF file, and the sarif
// output relative to the repository root. A hostile input stays data.
func TestActionScript(t *testing.T) {
	if testing.Short() {
		t.Skip("builds sessionlint; skipped with -short")
	}
	script, actionEnv := installAction(t)
	repo := t.TempDir()
	sub := filepath.Join(repo, "svc")
	const old = "package m\n\nimport \"net/http\"\n\nfunc A(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: \"x\"})\n}\n"
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"go.mod": "module example.com/m\n\ngo 1.25\n", "m.go": old} {
		if err := os.WriteFile(filepath.Join(sub, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := integration.GitCommitAll(t, repo)
	added := old + "\nfunc B(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: \"sid\", Value: \"y\"})\n}\n"
	if err := os.WriteFile(filepath.Join(sub, "m.go"), []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "github_output")
	cmd := exec.Command("bash", "-e", "-c", script)
	cmd.Dir = sub
	env := append(actionEnv,
		"SESSIONLINT_PACKAGES=./...",
		"SESSIONLINT_SARIF=sessionlint.sarif",
		"SESSIONLINT_ONLY_NEW=true",
		"SESSIONLINT_FAIL_ON_FINDINGS=false",
		"SESSIONLINT_BASE_SHA="+base,
		"GITHUB_OUTPUT="+out,
		"GITHUB_WORKSPACE="+repo,
	)
	cmd.Env = append(env, `SESSIONLINT_FLAGS=-cookiescope=false $(touch pwned)`)
	stdout, err := cmd.Output()
	var stderr string
	if ee, ok := err.(*exec.ExitError); ok {
		stderr = string(ee.Stderr)
	}
	// The hostile flag is one word passed to sessionlint, which rejects it.
	if _, serr := os.Stat(filepath.Join(sub, "pwned")); serr == nil {
		t.Fatal("an input was executed as a command")
	}
	if err == nil || !strings.Contains(stderr, "$(touch") {
		t.Fatalf("hostile flags: err %v, stderr %s", err, stderr)
	}

	// The failed run still left a valid SARIF log recording the failure.
	if sarif, _ := os.ReadFile(filepath.Join(sub, "sessionlint.sarif")); !strings.Contains(string(sarif), `"executionSuccessful": false`) {
		t.Errorf("SARIF after a failed run:\n%s", sarif)
	}
	if err := os.Remove(out); err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command("bash", "-e", "-c", script)
	cmd.Dir = sub
	cmd.Env = append(env, "SESSIONLINT_FLAGS=-cookiescope=false")
	stdout, err = cmd.Output()
	if err != nil {
		t.Fatalf("script: %v\n%s", err, stdout)
	}
	if strings.Count(string(stdout), "::warning") != 1 || !strings.Contains(string(stdout), "file=svc/m.go,line=10,") {
		t.Errorf("annotations:\n%s", stdout)
	}
	o, _ := os.ReadFile(out)
	if strings.TrimSpace(string(o)) != "sarif=svc/sessionlint.sarif" {
		t.Errorf("GITHUB_OUTPUT: %q", o)
	}
}

// TestReadmeCommandsNeedNoPath: the README's commands name the installed
// binary by its full path: `$(which sessionlint)` prints nothing when
// GOPATH/bin is not on PATH, and go vet then runs its own analyzers and
// exits 0.
func TestReadmeCommandsNeedNoPath(t *testing.T) {
	for _, doc := range []string{"README.md", "docs/golangci.md", "docs/bazel.md"} {
		data, err := os.ReadFile(filepath.Join(integration.RepoRoot(t), filepath.FromSlash(doc)))
		if err != nil {
			t.Fatal(err)
		}
		inCode := false
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "```") {
				inCode = !inCode
				continue
			}
			if inCode && strings.Contains(line, "$(which sessionlint)") {
				t.Errorf("%s:%d: a command relies on PATH: %s", doc, i+1, line)
			}
		}
	}
}

// installAction runs the action's install step as the runner would, with a
// GOBIN of the job's (which it must not depend on), and returns the run
// step's script and the environment the runner gives both steps.
func installAction(t *testing.T) (script string, env []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(integration.RepoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Runs struct {
			Steps []struct{ Name, ID, Run string }
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatal(err)
	}
	var install, keys string
	for _, s := range action.Runs.Steps {
		switch {
		case s.ID == "run":
			script = s.Run
		case s.ID == "keys":
			keys = s.Run
		case strings.Contains(s.Run, "go install"):
			install = s.Run
		}
	}
	if script == "" || install == "" || keys == "" {
		t.Fatal("no cache-keys, install and run steps in action.yml")
	}
	runnerTemp, gobin := t.TempDir(), t.TempDir()
	env = append(integration.GoEnv(), "RUNNER_TEMP="+runnerTemp, "GOBIN="+gobin, "RUNNER_OS=Linux",
		"GITHUB_ACTION_PATH="+integration.RepoRoot(t))
	step := func(name, script string, extra ...string) string {
		t.Helper()
		cmd := exec.Command("bash", "-e", "-c", script)
		cmd.Dir = t.TempDir()
		cmd.Env = append(slices.Clone(env), extra...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s step: %v\n%s", name, err, out)
		}
		return string(out)
	}
	// The cache key names the Go version and the action's source.
	outputs := filepath.Join(t.TempDir(), "keys")
	step("keys", keys, "GITHUB_OUTPUT="+outputs)
	if o, _ := os.ReadFile(outputs); !regexp.MustCompile(`(?m)^key=sessionlint-Linux-go1\.\S+-[0-9a-f]{16}-[0-9a-f]{16}$`).Match(o) {
		t.Errorf("cache keys:\n%s", o)
	}
	step("install", install)
	if entries, _ := os.ReadDir(gobin); len(entries) != 0 {
		t.Errorf("the install step wrote into the job's GOBIN: %v", entries)
	}
	// A binary the cache restored is used as it is.
	if out := step("install", install); !strings.Contains(out, "restored from the cache") {
		t.Errorf("the install step rebuilt a restored binary:\n%s", out)
	}
	return script, env
}

// TestActionOnlyNewDeletion: a pull request that only deletes a line (the
// renewal before a login's write, the Secure of a cookie) makes the finding
// on the untouched line below it new: the action's only-new check fails.
func TestActionOnlyNewDeletion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds sessionlint; skipped with -short")
	}
	script, env := installAction(t)
	for _, tc := range []struct {
		name, code, drop, want string
	}{
		{"renewal", renewedLogin, "\t_ = sm.RenewToken(r.Context())\n", "::warning file=m.go,line=17,"},
		{"secure", hardenedCookie, "\t\tSecure:   true,\n", "::warning file=m.go,line=6,"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			repo := t.TempDir()
			for name, content := range map[string]string{"go.mod": scsModule, "go.sum": scsSum, "m.go": tc.code} {
				if err := os.WriteFile(filepath.Join(repo, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			base := integration.GitCommitAll(t, repo)
			if !strings.Contains(tc.code, tc.drop) {
				t.Fatalf("the line to drop is not in the code: %q", tc.drop)
			}
			if err := os.WriteFile(filepath.Join(repo, "m.go"), []byte(strings.Replace(tc.code, tc.drop, "", 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			integration.Git(t, repo, "commit", "-q", "-am", "drop a line")
			cmd := exec.Command("bash", "-e", "-c", script)
			cmd.Dir = repo
			cmd.Env = append(slices.Clone(env),
				"SESSIONLINT_PACKAGES=./...", "SESSIONLINT_SARIF=", "SESSIONLINT_FLAGS=",
				"SESSIONLINT_ONLY_NEW=true", "SESSIONLINT_FAIL_ON_FINDINGS=true", "SESSIONLINT_BASE_SHA="+base,
				"GITHUB_OUTPUT="+filepath.Join(t.TempDir(), "out"), "GITHUB_WORKSPACE="+repo)
			stdout, err := cmd.Output()
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
				t.Fatalf("the only-new check passed a change that drops %q: %v\n%s", tc.drop, err, stdout)
			}
			if !strings.Contains(string(stdout), tc.want) {
				t.Errorf("annotations:\n%s", stdout)
			}
		})
	}
}

// scsModule and scsSum make a module that uses scs (the e2e module's
// version, so that the module cache usually has it).
const (
	scsModule = "module example.com/m\n\ngo 1.25\n\nrequire github.com/alexedwards/scs/v2 v2.9.0\n"
	scsSum    = "github.com/alexedwards/scs/v2 v2.9.0 h1:xa05mVpwTBm1iLeTMNFfAWpKUm4fXAW7CeAViqBVS90=\n" +
		"github.com/alexedwards/scs/v2 v2.9.0/go.mod h1:ToaROZxyKukJKT/xLcVQAChi5k6+Pn1Gvmdl7h3RRj8=\n"
)

// renewedLogin logs in with a new session token; without the renewal,
// line 17 is the write.
const renewedLogin = `package m

import (
	"net/http"
	"os"

	"github.com/alexedwards/scs/v2"
)

var sm = scs.New()

func login(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") != os.Getenv("ADMIN_PASSWORD") {
		http.Error(w, "no", http.StatusUnauthorized)
		return
	}
	_ = sm.RenewToken(r.Context())
	sm.Put(r.Context(), "user_id", r.FormValue("user"))
}
`

// hardenedCookie sets a cookie with every attribute; line 6 builds it.
const hardenedCookie = "package m\n\nimport \"net/http\"\n\nfunc A(w http.ResponseWriter, id string) {\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:     \"sid\",\n\t\tValue:    id,\n\t\tSecure:   true,\n\t\tHttpOnly: true,\n\t\tSameSite: http.SameSiteLaxMode,\n\t})\n}\n"
