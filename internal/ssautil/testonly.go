package ssautil

import (
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ssa"
)

// TestOnly returns the functions of a package (funcs: its source
// functions, closures included) that only its tests run. Tests are the
// functions of _test.go files, and the functions named for tests or given
// a *testing.T (a newTestRouter helper in a plain file, which registers a
// throwaway store; NewMockApp(t)). What runs are the other exported
// functions, the methods (an interface may call them), the package's
// initialiser, and what they refer to. A function that only tests reach,
// and no code that runs, is test-only; an unexported function nothing
// refers to is not judged (a fixture, an entry point reached by
// reflection). A closure is judged with the function that holds it.
//
// otherTests, when not nil, names the exported package-level functions
// written for other packages' tests (a SetupSession helper in a plain file
// that only _test.go files of other packages call, and no program of the
// module): they are tests too.
func TestOnly(fset *token.FileSet, pkg *ssa.Package, funcs []*ssa.Function, otherTests func(name string) bool) map[*ssa.Function]bool {
	if pkg == nil {
		return nil
	}
	refs := map[*ssa.Function][]*ssa.Function{} // outermost function -> functions it refers to
	var roots, tests []*ssa.Function
	all := funcs
	if init := pkg.Func("init"); init != nil {
		all = append([]*ssa.Function{init}, funcs...)
		roots = append(roots, init)
	}
	for _, fn := range all {
		top := Outermost(fn)
		if top == fn {
			switch {
			case InTestFile(fset, fn.Pos()) || testName.MatchString(fn.Name()) || takesTesting(fn):
				tests = append(tests, fn)
			case otherTests != nil && fn.Signature.Recv() == nil && fn.Object() != nil && fn.Object().Exported() && otherTests(fn.Name()):
				tests = append(tests, fn)
			case runs(fn):
				roots = append(roots, fn)
			}
		}
		var ops []*ssa.Value
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				for _, op := range instr.Operands(ops[:0]) {
					if g, ok := (*op).(*ssa.Function); ok && g.Pkg == pkg {
						refs[top] = append(refs[top], Outermost(g))
					}
				}
			}
		}
	}
	live := reach(roots, refs, nil)
	only := reach(tests, refs, live)
	out := map[*ssa.Function]bool{}
	for _, fn := range funcs {
		if only[Outermost(fn)] {
			out[fn] = true
		}
	}
	return out
}

// testName matches the names of functions written for tests (newTestRouter,
// testServer, setupTest), not latest or contest.
var testName = regexp.MustCompile(`(?:^[Tt]est|Test)(?:[^a-z]|$)`)

// takesTesting reports whether fn is given a *testing.T, *testing.B,
// *testing.F or testing.TB: only tests can call it (NewMockApplication(t)).
func takesTesting(fn *ssa.Function) bool {
	for _, p := range fn.Params {
		t := p.Type()
		if ptr, ok := t.(*types.Pointer); ok {
			t = ptr.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing" {
			switch n.Obj().Name() {
			case "T", "B", "F", "TB":
				return true
			}
		}
	}
	return false
}

// reach returns the functions reachable from roots over refs, leaving out
// those of skip.
func reach(roots []*ssa.Function, refs map[*ssa.Function][]*ssa.Function, skip map[*ssa.Function]bool) map[*ssa.Function]bool {
	seen := map[*ssa.Function]bool{}
	for len(roots) > 0 {
		fn := roots[len(roots)-1]
		roots = roots[:len(roots)-1]
		if seen[fn] || skip[fn] {
			continue
		}
		seen[fn] = true
		roots = append(roots, refs[fn]...)
	}
	return seen
}

// runs reports whether code outside the package may run fn: it is
// exported, a method, or main.
func runs(fn *ssa.Function) bool {
	if fn.Signature.Recv() != nil || fn.Name() == "main" || fn.Name() == "init" {
		return true
	}
	obj := fn.Object()
	return obj == nil || obj.Exported()
}

// Outermost returns the function declared at package level that holds
// fn (fn itself when it is one).
func Outermost(fn *ssa.Function) *ssa.Function {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn
}
