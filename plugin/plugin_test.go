package plugin

import (
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/sessionlint/sessionlint/analyzers"
)

// fakes returns two analyzers with flags; beta is off by default.
func fakes() ([]*analysis.Analyzer, func(*analysis.Analyzer) bool) {
	noop := func(*analysis.Pass) (any, error) { return nil, nil }
	alpha := &analysis.Analyzer{Name: "alpha", Doc: "alpha", Run: noop}
	alpha.Flags.String("mode", "strict", "")
	alpha.Flags.Bool("secure", true, "")
	alpha.Flags.Int("max", 3, "")
	alpha.Flags.String("allowList", "", "")
	beta := &analysis.Analyzer{Name: "beta", Doc: "beta", Run: noop}
	return []*analysis.Analyzer{alpha, beta}, func(a *analysis.Analyzer) bool { return a != beta }
}

func names(p *Plugin) []string {
	var out []string
	for _, a := range p.analyzers {
		out = append(out, a.Name)
	}
	return out
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, a := range analyzers.All {
		if analyzers.Registry.Meta(a.Name).Default {
			want = append(want, a.Name)
		}
	}
	for _, a := range as {
		got = append(got, a.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("without settings, BuildAnalyzers = %v, want the default analyzers %v", got, want)
	}
}

// TestRelatedInMessage: an analyzer the plugin builds reports its related
// information inside the message, not as positions golangci-lint would
// turn into issues of their own.
func TestRelatedInMessage(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("/m/web/login.go", -1, 1000)
	f.SetLines([]int{0, 100, 200, 300})
	g := fset.AddFile("/m/util/session.go", -1, 1000)
	g.SetLines([]int{0, 100})
	a := &analysis.Analyzer{Name: "x", Doc: "x: x", Run: func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Pos: f.Pos(205), Message: "identity stored", Related: []analysis.RelatedInformation{
			{Pos: f.Pos(110), Message: "authentication succeeds here"},
			{Pos: g.Pos(103), Message: "the identity is written here"},
		}})
		return nil, nil
	}}
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Fset: fset, Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	if _, err := withRelatedInMessage(a).Run(pass); err != nil {
		t.Fatal(err)
	}
	want := "identity stored\n\tlogin.go:2:11: authentication succeeds here\n\t../util/session.go:2:4: the identity is written here"
	if len(got) != 1 || got[0].Message != want || len(got[0].Related) != 0 {
		t.Errorf("reported %+v, want one diagnostic with the message %q", got, want)
	}
}

func TestNewDisable(t *testing.T) {
	p, err := New(map[string]any{"disable": []any{"cookiescope", "weaksessionid"}})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	for _, a := range as {
		if a.Name == "cookiescope" || a.Name == "weaksessionid" {
			t.Errorf("disabled %s is built", a.Name)
		}
	}
	if len(as) != len(analyzers.All)-2 {
		t.Errorf("got %d analyzers, want %d", len(as), len(analyzers.All)-2)
	}
}

func TestSettings(t *testing.T) {
	all, byDefault := fakes()
	// As golangci-lint passes them: viper has lower-cased the keys.
	p, err := build(map[string]any{
		"enable":  []any{"beta"},
		"disable": []any{"alpha"},
		"flags": map[string]any{
			"alpha": map[string]any{"mode": "lax", "secure": false, "max": 7, "allowlist": []any{"a", "b"}},
		},
	}, all, byDefault)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(p); !slices.Equal(got, []string{"beta"}) {
		t.Errorf("analyzers %v, want [beta]", got)
	}
	alpha := all[0]
	for flag, want := range map[string]string{"mode": "lax", "secure": "false", "max": "7", "allowList": "a,b"} {
		if got := alpha.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("flag %s = %q, want %q", flag, got, want)
		}
	}

	p, err = build(nil, all, byDefault)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(p); !slices.Equal(got, []string{"alpha"}) {
		t.Errorf("default analyzers %v, want [alpha]", got)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", map[string]any{"disabled": []any{"alpha"}}, []string{`unknown field "disabled"`}},
		{"wrong type", map[string]any{"disable": "alpha"}, []string{"disable", "[]string"}},
		{"wrong type of flags", map[string]any{"flags": []any{"alpha"}}, []string{"flags"}},
		{"unknown analyzer in disable", map[string]any{"disable": []any{"gamma"}}, []string{"disable", `unknown analyzer "gamma"`, "alpha, beta"}},
		{"unknown analyzer in enable", map[string]any{"enable": []any{"gamma"}}, []string{"enable", `unknown analyzer "gamma"`}},
		{"enabled and disabled", map[string]any{"enable": []any{"beta"}, "disable": []any{"beta"}}, []string{`"beta" is in both`}},
		{"unknown analyzer in flags", map[string]any{"flags": map[string]any{"gamma": map[string]any{"x": 1}}}, []string{"flags", `unknown analyzer "gamma"`}},
		{"unknown flag", map[string]any{"flags": map[string]any{"alpha": map[string]any{"nosuch": 1}}}, []string{"flags.alpha.nosuch", "unknown flag", "allowList, max, mode, secure"}},
		{"analyzer without flags", map[string]any{"flags": map[string]any{"beta": map[string]any{"x": 1}}}, []string{"flags.beta.x", "beta has no flags"}},
		{"bad value", map[string]any{"flags": map[string]any{"alpha": map[string]any{"max": "many"}}}, []string{"flags.alpha.max", "invalid"}},
		{"object value", map[string]any{"flags": map[string]any{"alpha": map[string]any{"mode": map[string]any{"a": 1}}}}, []string{"flags.alpha.mode", "want a string, number or boolean"}},
		{"null value", map[string]any{"flags": map[string]any{"alpha": map[string]any{"mode": nil}}}, []string{"flags.alpha.mode", "want a string"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			all, byDefault := fakes()
			_, err := build(tc.settings, all, byDefault)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "sessionlint settings: ") {
				t.Errorf("error %q does not say it is about sessionlint's settings", err)
			}
		})
	}
}

// A finding in a configuration file moves to its related Go position:
// golangci-lint drops issues in files that are not Go.
func TestInGoFile(t *testing.T) {
	fset := token.NewFileSet()
	cfg := fset.AddFile("/m/manifest/config/config.yaml", -1, 100)
	cfg.SetLines([]int{0, 10, 20})
	main := fset.AddFile("/m/cmd/app/main.go", -1, 1000)
	main.SetLines([]int{0, 100, 200})
	a := &analysis.Analyzer{Name: "x", Doc: "x: x", Run: func(pass *analysis.Pass) (any, error) {
		pass.Report(analysis.Diagnostic{Pos: cfg.Pos(20), Message: "session cookie insecure", Related: []analysis.RelatedInformation{
			{Pos: main.Pos(103), Message: "sent here: the server"},
		}})
		return nil, nil
	}}
	var got []analysis.Diagnostic
	pass := &analysis.Pass{Fset: fset, Report: func(d analysis.Diagnostic) { got = append(got, d) }}
	if _, err := withRelatedInMessage(a).Run(pass); err != nil {
		t.Fatal(err)
	}
	want := "session cookie insecure\n\t../../manifest/config/config.yaml:3:1: " + NotInGoFile
	if len(got) != 1 || got[0].Message != want || fset.Position(got[0].Pos).String() != "/m/cmd/app/main.go:2:4" {
		t.Errorf("reported %+v at %s, want one diagnostic at main.go:2:4 with the message %q", got, fset.Position(got[0].Pos), want)
	}
}
