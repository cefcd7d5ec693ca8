package model_test

import (
	"go/types"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/integration"
	"github.com/sessionlint/sessionlint/internal/model"
)

// notRequired lists the packages the provenance tables name that the
// modelcheck module does not build, with the reason.
var notRequired = map[string]string{
	"github.com/satori/go.uuid": "unmaintained; modelled for its NewV4 and NewV1 only",
}

// TestProvenanceMatchesRealAPI checks every name of the provenance tables
// (request inputs, session-ID getters, random sources, ID generators, URL
// sinks, ID-in-URL settings, adopting stores) against the real modules.
func TestProvenanceMatchesRealAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real libraries")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	var funcs []model.Func
	var fields []model.Field
	var calls []model.SourceCall
	calls = append(calls, model.RequestInputs...)
	calls = append(calls, model.SessionIDs...)
	calls = append(calls, model.RandomSources...)
	for _, c := range calls {
		funcs = append(funcs, c.Func)
	}
	for _, f := range slices.Concat(model.RequestFields, model.SessionIDFields) {
		fields = append(fields, f.Field)
	}
	for _, g := range model.IDGenerators {
		if g.Field != (model.Field{}) {
			fields = append(fields, g.Field)
		} else {
			funcs = append(funcs, g.Func)
		}
	}
	for _, s := range model.URLSinks {
		funcs = append(funcs, s.Func)
	}
	fields = append(fields, model.URLFields...)
	for _, s := range model.IDInURLSettings {
		for _, f := range []model.Field{s.Flag, s.Lookup, s.Extractor} {
			if f != (model.Field{}) {
				fields = append(fields, f)
			}
		}
		for _, f := range slices.Concat([]model.Func{s.Option, s.Chain}, s.Managers, s.Extractors) {
			if f != (model.Func{}) {
				funcs = append(funcs, f)
			}
		}
	}
	for _, a := range model.AdoptingStores {
		funcs = append(funcs, a.Func)
	}
	for _, it := range model.IDTakers {
		funcs = append(funcs, it.Func)
	}
	var paths []string
	for _, f := range funcs {
		paths = append(paths, f.Pkg)
	}
	for _, f := range fields {
		paths = append(paths, f.Pkg)
	}
	for _, v := range model.SourceVars {
		paths = append(paths, v.Pkg)
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	var load []string
	for _, p := range paths {
		if notRequired[p] == "" && unavailable[p] == "" {
			load = append(load, p)
		}
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "modelcheck"))
	if err != nil {
		t.Fatal(err)
	}
	byPath := integration.LoadTypes(t, &packages.Config{Dir: dir}, load...)
	for p := range notRequired {
		byPath[p] = nil
	}
	for p := range unavailable {
		byPath[p] = nil
	}
	lib := &model.Library{Name: "provenance"}
	c := checker{t: t, pkgs: byPath}
	skip := func(pkg string) bool { return notRequired[pkg] != "" || unavailable[pkg] != "" }
	for _, f := range funcs {
		if !skip(f.Pkg) {
			c.fn(lib, f)
		}
	}
	for _, f := range fields {
		if !skip(f.Pkg) {
			c.field(lib, f.Pkg, f.Type, f.Name)
		}
	}
	for _, call := range calls {
		if skip(call.Func.Pkg) {
			continue
		}
		sig := c.fn(lib, call.Func)
		if sig == nil {
			continue
		}
		for _, i := range []int{call.Name, call.Fills} {
			if i >= sig.Params().Len() {
				t.Errorf("%s: argument %d is out of range", call.Func, i)
			}
		}
		if call.Result >= sig.Results().Len() {
			t.Errorf("%s: result %d is out of range", call.Func, call.Result)
		}
	}
	for _, s := range model.URLSinks {
		if sig := c.fn(lib, s.Func); sig != nil && s.Arg >= sig.Params().Len() {
			t.Errorf("%s: argument %d is out of range", s.Func, s.Arg)
		}
	}
	for _, it := range model.IDTakers {
		if sig := c.fn(lib, it.Func); sig != nil && it.Arg >= sig.Params().Len() {
			t.Errorf("%s: argument %d is out of range", it.Func, it.Arg)
		}
	}
	for _, v := range model.SourceVars {
		if p := byPath[v.Pkg]; p == nil {
			t.Errorf("package %s was not loaded", v.Pkg)
		} else if _, ok := p.Scope().Lookup(v.Name).(*types.Var); !ok {
			t.Errorf("%s.%s is not a variable", v.Pkg, v.Name)
		}
	}
	pure, err := packages.Load(&packages.Config{Mode: packages.NeedName}, model.PurePackages...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pure {
		for _, e := range p.Errors {
			t.Errorf("pure package %s: %v", p.PkgPath, e)
		}
	}
	if len(pure) != len(model.PurePackages) {
		t.Errorf("%d pure packages loaded, want %d", len(pure), len(model.PurePackages))
	}
}

func TestSessionCookieNames(t *testing.T) {
	re := regexp.MustCompile(model.SessionCookieNames)
	for _, name := range []string{"sid", "SID", "session", "session_id", "sessionid", "SessionID", "session-token",
		"PHPSESSID", "JSESSIONID", "connect.sid", "go_session_id", "irissessionid", "beegosessionID",
		"ASP.NET_SessionId", "myapp_session", "_session", "__Host-sid", "__Secure-session_id", "sess",
		"flamego_session", "MacaronSession"} {
		if !re.MatchString(name) {
			t.Errorf("%q should name a session cookie", name)
		}
	}
	for _, name := range []string{"csrf_token", "theme", "lang", "essid", "sessions_seen", "user", "remember_me", "sidebar"} {
		if re.MatchString(name) {
			t.Errorf("%q should not name a session cookie", name)
		}
	}
}
