package sessionfixation_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/analyzers/sessionfixation"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

// BenchmarkSessionFixation runs the analyzer (and the passes it requires)
// over a generated package of n login handlers, a quarter of them
// vulnerable, on the library stubs of the tests. Loading is not timed.
func BenchmarkSessionFixation(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := benchGOPATH(b, n)
			cfg := &packages.Config{
				Mode: packages.LoadAllSyntax,
				Dir:  dir,
				Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
			}
			pkgs, err := packages.Load(cfg, "bench")
			if err != nil {
				b.Fatal(err)
			}
			if packages.PrintErrors(pkgs) > 0 {
				b.Fatal("the generated package does not load")
			}
			b.ResetTimer()
			findings := 0
			for range b.N {
				g, err := checker.Analyze([]*analysis.Analyzer{sessionfixation.Analyzer}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				findings = 0
				for act := range g.All() {
					if act.Analyzer == sessionfixation.Analyzer {
						findings += len(act.Diagnostics)
					}
				}
			}
			b.StopTimer()
			if want := n / 2; findings != want {
				b.Errorf("%d findings, want %d", findings, want)
			}
			b.ReportMetric(float64(findings), "findings/op")
		})
	}
}

// benchGOPATH writes a GOPATH holding the shared stubs, the fixtures (for
// package users) and a package "bench" of n handlers.
func benchGOPATH(b *testing.B, n int) string {
	b.Helper()
	dir := stubs.TestData(b, "testdata")
	var src strings.Builder
	src.WriteString(`package bench

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"github.com/gorilla/sessions"
	"golang.org/x/crypto/bcrypt"

	"users"
)

var sm = scs.New()

var store = sessions.NewFilesystemStore("")

func renew(r *http.Request) { _ = sm.RenewToken(r.Context()) }
`)
	for i := range n {
		var body string
		switch i % 4 {
		case 0: // vulnerable, scs
			body = `sm.Put(r.Context(), "userID", u.ID)`
		case 1: // renewed through a helper, scs
			body = `renew(r)
	sm.Put(r.Context(), "userID", u.ID)`
		case 2: // renewed, gorilla
			body = `s, _ := store.Get(r, "sid")
	s.ID = ""
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)`
		case 3: // vulnerable, gorilla
			body = `s, _ := store.Get(r, "sid")
	s.Values["user_id"] = u.ID
	_ = s.Save(r, w)`
		}
		fmt.Fprintf(&src, `
func login%d(w http.ResponseWriter, r *http.Request) {
	u, err := users.FindByEmail(r.FormValue("email"))
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if err := bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(r.FormValue("password"))); err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	%s
}
`, i, body)
	}
	pkgDir := filepath.Join(dir, "src", "bench")
	if err := os.MkdirAll(pkgDir, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkgDir, "bench.go"), []byte(src.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}
