package integration_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// TestSubsetChecker builds a multichecker that links two analyzers and
// runs it on a module whose directives name others: they are well formed,
// and the linked analyzers still report and suppress as usual.
func TestSubsetChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a checker; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "subsetchecker")
	build := exec.Command("go", "build", "-o", bin, "./internal/integration/testdata/subsetchecker")
	build.Dir = integration.RepoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := integration.Module(t, map[string]string{"m.go": `package m

import "net/http"

func set(w http.ResponseWriter, v string) {
	//sessionlint:ignore weaksessionid the value is a fixture
	http.SetCookie(w, &http.Cookie{Name: "a", Value: v})
	//sessionlint:ignore cookieflags,sessionidurl the cookie is a fixture
	http.SetCookie(w, &http.Cookie{Name: "b", Value: v})
}
`})
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	cmd.Env = integration.GoEnv()
	out, _ := cmd.CombinedOutput()
	got := string(out)
	if strings.Contains(got, "malformed") || strings.Contains(got, "unknown analyzer") {
		t.Errorf("a directive naming an analyzer not linked was rejected:\n%s", got)
	}
	if !strings.Contains(got, `m.go:7:21: cookie "a" is sent without HttpOnly, Secure and SameSite`) || strings.Contains(got, `cookie "b"`) {
		t.Errorf("output:\n%s", got)
	}
}
