// Package testonly defines an analysis pass that tells which functions of
// a package only its tests run (see ssautil.TestOnly), computed once, on
// first use, for every pass that asks: a cookie or store built there is a
// test's, not the application's.
package testonly

import (
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
)

// Analyzer returns a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "testonly",
	Doc:        "find the functions only a package's tests run",
	Run:        run,
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// Result answers which functions only tests run. The answer is computed
// on the first call of Funcs: it reads the module's files, which most
// packages never need.
type Result struct {
	Funcs func() map[*ssa.Function]bool
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	return &Result{Funcs: sync.OnceValue(func() map[*ssa.Function]bool {
		return ssautil.TestOnly(pass.Fset, ssainfo.Pkg, ssainfo.SrcFuncs, modulescan.OtherTests(pass))
	})}, nil
}
