package driver

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyseWhatLoads: a package that does not type-check, and one that
// imports it, are reported and left out; the others are analysed, their
// findings printed, and the run exits 2.
func TestAnalyseWhatLoads(t *testing.T) {
	dir := module(t, map[string]string{
		"m.go":        badGo,
		"broken/b.go": "package broken\n\nfunc F() { undefined() }\n",
		// A test variant of the broken package is the same package.
		"broken/b_test.go": "package broken\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n",
		"importer/i.go":    "package importer\n\nimport \"example.com/m/broken\"\n\nfunc G() { broken.F() }\n",
	})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitUsage)
	if !strings.Contains(r.stdout, "m.go:7:2: call to bad") {
		t.Errorf("the findings of the package that loads are missing:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "broken/b.go:3:12: undefined: undefined") ||
		!strings.Contains(r.stderr, "1 error in 1 package: it was not analysed, nor the 1 package that imports it") {
		t.Errorf("stderr:\n%s", r.stderr)
	}

	// The broken package only a dependency of what was asked for.
	d := runIn(t, dir, ".", "./importer")
	d.expect(t, ExitUsage)
	if !strings.Contains(d.stdout, "m.go:7:2: call to bad") ||
		!strings.Contains(d.stderr, "1 error in 1 package: it was not analysed, nor the 1 package that imports it") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", d.stdout, d.stderr)
	}

	j := runIn(t, dir, "-format", "json", "./...")
	j.expect(t, ExitUsage)
	var v struct {
		Diagnostics []struct{ Message string } `json:"diagnostics"`
		Errors      []struct {
			Message string         `json:"message"`
			Posn    map[string]any `json:"posn"`
		} `json:"errors"`
	}
	if err := json.Unmarshal([]byte(j.stdout), &v); err != nil || len(v.Diagnostics) != 1 || len(v.Errors) != 2 || v.Errors[0].Posn == nil {
		t.Errorf("json (%v):\n%s", err, j.stdout)
	}

	// Nothing left to analyse: the error alone.
	only := module(t, map[string]string{"broken/b.go": "package broken\n\nfunc F() { undefined() }\n"})
	o := runIn(t, only, "./...")
	o.expect(t, ExitUsage)
	if !strings.Contains(o.stderr, "nothing was analyzed") {
		t.Errorf("stderr:\n%s", o.stderr)
	}
}

// TestMissingModule: a package that imports what no module provides (a
// module the proxy refuses) is left out, with what imports it; the packages
// that do not need it are analysed.
func TestMissingModule(t *testing.T) {
	dir := module(t, map[string]string{
		"m.go":     badGo,
		"ai/ai.go": "package ai\n\nimport \"example.org/refused/llm\"\n\nvar _ = llm.X\n",
		"cmd/c.go": "package main\n\nimport _ \"example.com/m/ai\"\n\nfunc main() {}\n",
	})
	r := runIn(t, dir, ".", "./ai", "./cmd")
	r.expect(t, ExitUsage)
	if !strings.Contains(r.stdout, "m.go:7:2: call to bad") {
		t.Errorf("the findings of the package that loads are missing:\nstdout:\n%s\nstderr:\n%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "example.org/refused/llm") || strings.Contains(r.stderr, "nothing was analyzed") {
		t.Errorf("stderr:\n%s", r.stderr)
	}

	// Every root needs it: nothing to analyse.
	o := runIn(t, dir, "./ai", "./cmd")
	o.expect(t, ExitUsage)
	if !strings.Contains(o.stderr, "nothing was analyzed") {
		t.Errorf("stderr:\n%s", o.stderr)
	}
}

// TestTestsDoNotCompile: a package whose test files do not compile is
// analysed without them (its own findings are printed), and the errors say
// so; with a broken package beside it, each is counted for what it is.
func TestTestsDoNotCompile(t *testing.T) {
	files := map[string]string{
		"m.go":          badGo,
		"m_test.go":     "package m\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { undefined() }\n",
		"ext/e.go":      "package ext\n",
		"ext/e_test.go": "package ext_test\n\nimport \"testing\"\n\nfunc TestE(t *testing.T) { undefined() }\n",
	}
	r := runIn(t, module(t, files), "./...")
	r.expect(t, ExitUsage)
	if !strings.Contains(r.stdout, "m.go:7:2: call to bad") {
		t.Errorf("the findings of the package whose tests do not compile are missing:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "m_test.go:5:28: undefined: undefined") ||
		!strings.Contains(r.stderr, "2 errors in 2 packages: 2 packages whose tests do not compile were analysed without them") {
		t.Errorf("stderr:\n%s", r.stderr)
	}

	files["broken/b.go"] = "package broken\n\nfunc F() { undefined() }\n"
	b := runIn(t, module(t, files), "./...")
	b.expect(t, ExitUsage)
	if !strings.Contains(b.stdout, "m.go:7:2: call to bad") ||
		!strings.Contains(b.stderr, "3 errors in 3 packages: 1 package was not analysed; 2 packages whose tests do not compile were analysed without them") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", b.stdout, b.stderr)
	}
}

// TestMissingEmbed: a //go:embed pattern that matches no file (a front-end
// build not in the checkout, or only its directory's .gitkeep) does not
// keep its package, or those that import it, from being analysed; a note
// says so.
func TestMissingEmbed(t *testing.T) {
	dir := module(t, map[string]string{
		"assets/a.go":         "package assets\n\nimport \"embed\"\n\n//go:embed dist\nvar Dist embed.FS\n\n//go:embed build/app.wasm\nvar Wasm []byte\n\n//go:embed spa/*.html\nvar Pages embed.FS\n\n//go:embed web\nvar Web embed.FS\n",
		"assets/web/.gitkeep": "",
		"m.go":                strings.Replace(badGo, "package m\n", "package m\n\nimport \"example.com/m/assets\"\n\nvar _ = assets.Dist\n", 1),
	})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitFindings)
	if !strings.Contains(r.stdout, "call to bad") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	if strings.Count(r.stderr, "note: ") != 4 || !strings.Contains(r.stderr, "assets/a.go:5:12: //go:embed pattern dist matches no file") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

// TestMissingBlankImport: a blank import of a package of the module that
// is not in the checkout (swag's generated docs) is dropped, in a grouped
// import and alone; the finding keeps its position, and a note names the
// import. A missing package imported by name stays an error.
func TestMissingBlankImport(t *testing.T) {
	dir := module(t, map[string]string{
		"m.go":        strings.Replace(badGo, "package m\n", "package m\n\nimport (\n\t\"fmt\"\n\n\t_ \"example.com/m/docs\"\n)\n\nvar _ = fmt.Sprint\n", 1),
		"one/one.go":  "package one\n\nimport _ \"example.com/m/docs\"\n\nfunc bad() {}\n\nfunc G() { bad() }\n",
		"named/n.go":  "package named\n\nimport \"example.com/m/gen\"\n\nvar _ = gen.X\n",
		"docs/README": "generated by swag init\n",
	})
	r := runIn(t, dir, "./...")
	r.expect(t, ExitUsage)
	if !strings.Contains(r.stdout, "m.go:15:2: call to bad") || !strings.Contains(r.stdout, "one/one.go:7:12: call to bad") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	if strings.Count(r.stderr, "blank import of example.com/m/docs") != 2 || !strings.Contains(r.stderr, "m.go:6: blank import") || !strings.Contains(r.stderr, "example.com/m/gen") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

func TestPlaceholderFor(t *testing.T) {
	for pattern, want := range map[string]string{
		"dist":           "dist/sessionlint-placeholder",
		"dist/*":         "dist/placeholder",
		"spa/*.html":     "spa/placeholder.html",
		"web/main.wasm":  "web/main.wasm",
		"all:build":      "build/sessionlint-placeholder",
		"x/[ab].txt":     "",
		"*/index.html":   "",
		"frontend/dist/": "frontend/dist/sessionlint-placeholder",
	} {
		if got := placeholderFor(pattern); got != want {
			t.Errorf("placeholderFor(%q) = %q, want %q", pattern, got, want)
		}
	}
}

// TestMissingEmbedVet: go vet stops at a //go:embed pattern that matches no
// file; the overlay -embed-overlay writes lets it analyse the module.
func TestMissingEmbedVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := module(t, map[string]string{
		"assets/a.go": "package assets\n\nimport \"embed\"\n\n//go:embed dist\nvar Dist embed.FS\n",
		"m.go":        strings.Replace(badGo, "package m\n", "package m\n\nimport \"example.com/m/assets\"\n\nvar _ = assets.Dist\n", 1),
		"one/one.go":  "package one\n\nimport _ \"example.com/m/docs\"\n\nfunc bad() {}\n\nfunc G() { bad() }\n",
	})
	if out, code := goVet(t, dir, "./..."); code == 0 || strings.Contains(out, "call to bad") {
		t.Fatalf("go vet without the overlay: exit %d\n%s", code, out)
	}
	overlay := filepath.Join(t.TempDir(), "overlay.json")
	r := runIn(t, dir, "-embed-overlay", overlay, "./...")
	r.expect(t, ExitClean)
	if !strings.Contains(r.stdout, "assets/a.go:5:12: //go:embed dist: placeholder in") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, `one/one.go:3: import _ "example.com/m/docs": package not in the checkout, dropped in`) {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	out, code := goVet(t, dir, "-overlay", overlay, "./...")
	if code != 1 || !strings.Contains(out, "m.go:11:2: call to bad") || !strings.Contains(out, "one/one.go:7:12: call to bad") {
		t.Errorf("go vet -overlay: exit %d\n%s", code, out)
	}
}

// TestBrokenPackageVet: under go vet too, a package that does not
// type-check is reported and the others are analysed.
func TestBrokenPackageVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet")
	}
	dir := module(t, map[string]string{
		"m.go":        badGo,
		"broken/b.go": "package broken\n\nfunc F() { undefined() }\n",
	})
	out, code := goVet(t, dir, "./...")
	if code == 0 || !strings.Contains(out, "undefined: undefined") || !strings.Contains(out, "m.go:7:2: call to bad") {
		t.Errorf("go vet: exit %d\n%s", code, out)
	}
}
