package integration_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// TestResultCacheModuleScan: the cached result of a handlers package is
// not reused once main, which the package does not import, changes the
// store behind its sessions: what the module scan answered is part of the
// result's validity.
func TestResultCacheModuleScan(t *testing.T) {
	if testing.Short() {
		t.Skip("builds sessionlint; skipped with -short")
	}
	bin := integration.Sessionlint(t)
	sum, err := os.ReadFile(filepath.Join(integration.E2EDir(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	var gosum []string
	for _, line := range strings.Split(string(sum), "\n") {
		if strings.HasPrefix(line, "github.com/gorilla/") {
			gosum = append(gosum, line)
		}
	}
	main := func(ctor string) string {
		return "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gorilla/sessions\"\n\n\t\"example.com/m/web\"\n)\n\n" +
			"func main() {\n\tweb.Store = sessions." + ctor + "\n\thttp.HandleFunc(\"/login\", web.Login)\n}\n"
	}
	dir := integration.Module(t, map[string]string{
		"go.sum":  strings.Join(gosum, "\n") + "\n",
		"main.go": main(`NewCookieStore([]byte("k"))`),
		"web/web.go": `package web

import (
	"crypto/subtle"
	"net/http"

	"github.com/gorilla/sessions"
)

// Store is set by main.
var Store sessions.Store

// Login writes the user into the request's session.
func Login(w http.ResponseWriter, r *http.Request) {
	if subtle.ConstantTimeCompare([]byte(r.FormValue("password")), []byte("secret")) != 1 {
		return
	}
	s, _ := Store.Get(r, "app")
	s.Values["user_id"] = r.FormValue("user")
	_ = s.Save(r, w)
}
`,
	})
	gomod := filepath.Join(dir, "go.mod")
	data, _ := os.ReadFile(gomod)
	if err := os.WriteFile(gomod, append(data, []byte("\nrequire github.com/gorilla/sessions v1.4.0\n\nrequire github.com/gorilla/securecookie v1.1.2 // indirect\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	run := func() (stdout, stats string) {
		t.Helper()
		// A module changed in the last two seconds is not taken from the
		// run cache: this tests the packages' results.
		now := time.Now()
		if err := os.Chtimes(gomod, now, now); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "-sessionfixation", "./...")
		cmd.Dir = dir
		cmd.Env = append(integration.GoEnv(), "SESSIONLINT_CACHE="+cache, "SESSIONLINT_CACHE_STATS=1",
			"SESSIONLINT_MODULESCAN_CACHE=off", "GOFLAGS=-mod=mod")
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		_ = cmd.Run()
		_, st, _ := strings.Cut(e.String(), "result cache: ")
		st, _, _ = strings.Cut(st, " (")
		return o.String(), st
	}
	out, stats := run()
	if out != "" || !strings.HasPrefix(stats, "0 hits") {
		t.Fatalf("signed-cookie store: %q, stats %q", out, stats)
	}
	if out, stats = run(); out != "" || strings.Contains(stats, " 0 hits") || !strings.HasSuffix(stats, " 0 misses") {
		t.Fatalf("unchanged: %q, stats %q", out, stats)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main(`NewFilesystemStore("", []byte("k"))`)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stats = run()
	if !strings.Contains(out, "web/web.go:19:2: user identity is stored in the session before its ID is renewed") {
		t.Errorf("after main switched to a server-side store: %q, stats %q", out, stats)
	}
}
