package integration

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"
)

// LoadTypes loads the packages at paths with cfg (Mode is set to names and
// types) and returns their type information by import path; a package's
// load errors fail the test. The real-API tests check the models' names
// against what it returns.
func LoadTypes(t testing.TB, cfg *packages.Config, paths ...string) map[string]*types.Package {
	t.Helper()
	cfg.Mode = packages.NeedName | packages.NeedTypes
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
		if p.Types != nil {
			byPath[p.PkgPath] = p.Types
		}
	}
	return byPath
}
