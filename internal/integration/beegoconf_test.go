package integration_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sessionlint/sessionlint/internal/integration"
)

// testdata/e2ebeegoconf is a beego v2 application that switches sessions
// on in conf/app.conf, not in code, which the e2e module cannot show: the
// module scan is module-wide, and the e2e module switches them on in code.
// The session cookie is reported at the file's line under every driver,
// the run mode's section read ([prod] here, which leaves Secure and
// SameSite unset), and the login is reported across the module's
// packages; so is the key that lets the session ID come in the URL.
const (
	beegoConfCookie   = `conf/app.conf:4:1: session cookie "bookshelf_sid" of the beego server is sent without Secure and SameSite; set EnableHTTPS = true and SessionCookieSameSite = 2 in conf/app.conf`
	beegoConfRunsHere = "main.go:13:2: \tsent here: web.Run() runs the server"
	beegoConfLogin    = "controllers/account.go:23:2: user identity is stored in the session before its ID is renewed; call c.SessionRegenerateID() first"
	beegoConfIDInURL  = "conf/app.conf:6:1: beego accepts the session ID from the URL query when SessionEnableSidInURLQuery is true in conf/app.conf"
)

func TestBeegoConfFile(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads and compiles real libraries; skipped with -short")
	}
	dir := filepath.Join(integration.RepoRoot(t), "testdata", "e2ebeegoconf")
	bin := integration.Sessionlint(t)
	out := run(t, dir, "-mod=readonly", bin, "./...")
	wantLines(t, "standalone", out, beegoConfCookie, beegoConfRunsHere, beegoConfLogin, beegoConfIDInURL)
	out = run(t, dir, "-mod=readonly", "go", "vet", "-vettool="+bin, "./...")
	wantLines(t, "go vet", out, beegoConfCookie, beegoConfRunsHere, beegoConfLogin, beegoConfIDInURL)
	if n := countLines(out, "controllers/account.go:"); n != 2 {
		t.Errorf("go vet: %d lines about controllers/account.go, want the login and its authentication point (LoginRenewed is clean):\n%s", n, out)
	}
}

// countLines counts the lines of out that start with prefix.
func countLines(out, prefix string) int {
	n := 0
	for line := range strings.Lines(out) {
		if strings.HasPrefix(line, prefix) {
			n++
		}
	}
	return n
}
