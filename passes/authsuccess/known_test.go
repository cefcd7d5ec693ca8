package authsuccess

import (
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/sessionlint/sessionlint/internal/integration"
	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stubs"
)

// TestKnownTableStubs checks every entry of the known-function table
// against the shared library stubs (internal/stubs), so that the fixtures
// exercise the table's real shapes.
func TestKnownTableStubs(t *testing.T) {
	src := filepath.Join(stubs.TestData(t, "testdata"), "src")
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  src,
		Env:  append(os.Environ(), "GOPATH="+filepath.Dir(src), "GO111MODULE=off", "GOFLAGS=", "GOWORK=off"),
	}
	pkgs := checkTable(t, cfg, tablePackages())
	// The checker itself finds a wrong entry.
	bogus := []model.Credential{
		{Func: model.Credentials[0].Func, Signal: model.SignalBool},
		{Func: model.Credentials[0].Func, Signal: model.SignalError, Result: 1},
		{Func: model.Credentials[0].Func, Var: true},
	}
	bogus[0].Func.Name = "NoSuchFunction"
	for _, e := range bogus {
		if checkEntry(pkgs[e.Func.Pkg], &e) == "" {
			t.Errorf("checkEntry accepts the bogus entry %+v", e)
		}
	}
}

// TestKnownTableRealAPI checks every entry against the real libraries, at
// the versions required by testdata/realapi/go.mod, so that a renamed or
// re-typed function breaks this test rather than silently blinding the
// pass.
func TestKnownTableRealAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real libraries")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "realapi"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
	_ = checkTable(t, cfg, tablePackages())
}

func tablePackages() []string {
	var paths []string
	for _, e := range model.Credentials {
		paths = append(paths, e.Func.Pkg)
	}
	for _, e := range model.CallbackLogins {
		paths = append(paths, e.Func.Pkg)
	}
	slices.Sort(paths)
	return slices.Compact(paths)
}

func checkTable(t *testing.T, cfg *packages.Config, paths []string) map[string]*types.Package {
	t.Helper()
	byPath := integration.LoadTypes(t, cfg, paths...)
	for i := range model.Credentials {
		e := &model.Credentials[i]
		if msg := checkEntry(byPath[e.Func.Pkg], e); msg != "" {
			t.Errorf("%s: %s", e.Func, msg)
		}
	}
	for _, e := range model.CallbackLogins {
		if msg := checkCallbackLogin(byPath[e.Func.Pkg], e); msg != "" {
			t.Errorf("%s: %s", e.Func, msg)
		}
	}
	return byPath
}

// checkCallbackLogin returns what is wrong with e in package pkg, or "":
// argument Arg of the function is a function with a parameter Principal.
func checkCallbackLogin(pkg *types.Package, e model.CallbackLogin) string {
	if pkg == nil {
		return "package not loaded"
	}
	fn, ok := pkg.Scope().Lookup(e.Func.Name).(*types.Func)
	if !ok {
		return "no such function"
	}
	params := fn.Type().(*types.Signature).Params()
	if e.Arg >= params.Len() {
		return "no such argument"
	}
	callback, ok := params.At(e.Arg).Type().Underlying().(*types.Signature)
	if !ok {
		return "the argument is not a function"
	}
	if e.Principal >= callback.Params().Len() {
		return "the callback has no such parameter"
	}
	return ""
}

// checkEntry returns what is wrong with e in package pkg, or "".
func checkEntry(pkg *types.Package, e *model.Credential) string {
	if pkg == nil {
		return "package not loaded"
	}
	var sig *types.Signature
	switch {
	case e.Var:
		v, ok := pkg.Scope().Lookup(e.Func.Name).(*types.Var)
		if !ok {
			return "not a package-level variable"
		}
		sig, _ = v.Type().Underlying().(*types.Signature)
	case e.Func.Recv != "":
		tn, ok := pkg.Scope().Lookup(e.Func.Recv).(*types.TypeName)
		if !ok {
			return "receiver type not found"
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, e.Func.Name)
		if fn, ok := obj.(*types.Func); ok {
			sig, _ = fn.Type().(*types.Signature)
		}
	default:
		if fn, ok := pkg.Scope().Lookup(e.Func.Name).(*types.Func); ok {
			sig, _ = fn.Type().(*types.Signature)
		}
	}
	if sig == nil {
		return "no such function"
	}
	res, params := sig.Results(), sig.Params()
	resultIs := func(i int, pred func(types.Type) bool) bool {
		return i >= 0 && i < res.Len() && pred(res.At(i).Type())
	}
	isInt := func(t types.Type) bool {
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Kind() == types.Int
	}
	isKey := func(t types.Type) bool {
		if s, ok := t.Underlying().(*types.Slice); ok {
			b, ok := s.Elem().Underlying().(*types.Basic)
			return ok && b.Kind() == types.Byte
		}
		b, ok := t.Underlying().(*types.Basic)
		return ok && b.Kind() == types.String
	}
	switch e.Signal {
	case model.SignalError:
		if !resultIs(e.Result, ssautil.IsError) {
			return "the success result is not an error"
		}
	case model.SignalBool:
		if !resultIs(e.Result, isBool) {
			return "the success result is not a bool"
		}
	case model.SignalInt1:
		if !resultIs(e.Result, isInt) {
			return "the success result is not an int"
		}
	}
	if (e.Derives || e.Hashes) && !resultIs(0, isKey) {
		return "the first result is not a key or hash"
	}
	if e.Hashes && res.Len() > 1 && !resultIs(res.Len()-1, ssautil.IsError) {
		return "a hash's last result is not an error"
	}
	if e.Compare && params.Len() != 2 {
		return "a comparison does not take two arguments"
	}
	if e.ValidField != "" {
		p, ok := res.At(0).Type().Underlying().(*types.Pointer)
		if !ok {
			return "the token result is not a pointer"
		}
		obj, _, _ := types.LookupFieldOrMethod(p.Elem(), false, pkg, e.ValidField)
		if v, ok := obj.(*types.Var); !ok || !isBool(v.Type()) {
			return "no bool field " + e.ValidField
		}
	}
	switch e.Principal.From {
	case model.FromResult:
		if e.Principal.Index >= res.Len() {
			return "principal result out of range"
		}
	case model.FromArg, model.OwnerOfArg:
		if e.Principal.Index >= params.Len() {
			return "principal argument out of range"
		}
	}
	return ""
}
