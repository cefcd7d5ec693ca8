package integration_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// The library versions some findings depend on are read from the library's
// file paths in the module cache. testdata/e2evendor (gorilla/sessions
// v1.2.0, fiber v2.52.4) is analysed as a module, vendored (go mod vendor,
// -mod=vendor: no version in any path, vendor/modules.txt says) and with
// gorilla/sessions replaced by a directory (nothing says: the message must).

const (
	oldGorillaDefaults = "web/store.go:14:13: session cookie of sessions.NewCookieStore is sent without HttpOnly, Secure and SameSite;"
	oldFiber           = "cmd/app/main.go:15:16: fiber's session middleware before v2.52.5 keeps an unknown session ID sent by the client (CVE-2024-38513), and this module selects github.com/gofiber/fiber/v2 v2.52.4;"
	unknownGorilla     = "web/store.go:14:13: session cookie of sessions.NewCookieStore is sent without HttpOnly and with SameSite=None by default (the version of github.com/gorilla/sessions is unknown: the newest one's defaults are assumed);"
)

// vendorModule copies testdata/e2evendor into a temporary directory.
func vendorModule(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("downloads and compiles real libraries; skipped with -short")
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join(integration.RepoRoot(t), "testdata", "e2evendor"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs name args in dir with GOFLAGS=goflags and returns the standard
// output; it fails the test on an exit status other than 0 or 1.
func run(t *testing.T, dir, goflags, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(integration.GoEnv(), "GOFLAGS="+goflags)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	// go vet writes the diagnostics to standard error.
	return stdout.String() + stderr.String()
}

func wantLines(t *testing.T, how, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s: missing %q in\n%s", how, w, out)
		}
	}
}

func TestVersionsModuleMode(t *testing.T) {
	dir := vendorModule(t)
	bin := integration.Sessionlint(t)
	out := run(t, dir, "-mod=readonly", bin, "./...")
	wantLines(t, "module mode", out, oldGorillaDefaults, oldFiber)
}

func TestVersionsVendored(t *testing.T) {
	dir := vendorModule(t)
	bin := integration.Sessionlint(t)
	run(t, dir, "-mod=readonly", "go", "mod", "vendor")
	out := run(t, dir, "-mod=vendor", bin, "./...")
	wantLines(t, "standalone -mod=vendor", out, oldGorillaDefaults, oldFiber)
	out = run(t, dir, "-mod=vendor", "go", "vet", "-vettool="+bin, "./...")
	wantLines(t, "go vet -mod=vendor", out, oldGorillaDefaults, oldFiber)
}

func TestVersionsReplacedByDirectory(t *testing.T) {
	dir := vendorModule(t)
	bin := integration.Sessionlint(t)
	var mod struct{ Dir string }
	if err := json.Unmarshal([]byte(run(t, dir, "-mod=readonly", "go", "mod", "download", "-json", "github.com/gorilla/sessions")), &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download: %v", err)
	}
	local := filepath.Join(dir, "third_party", "sessions")
	if err := os.CopyFS(local, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	run(t, dir, "", "go", "mod", "edit", "-replace", "github.com/gorilla/sessions=./third_party/sessions")
	out := run(t, dir, "-mod=mod", bin, "./web")
	wantLines(t, "replaced by a directory", out, unknownGorilla)
}
