package driver

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/sessionlint/sessionlint/internal/lint"
)

// Test-only analyzers, so that the driver can be tested end to end while
// the real analyzers are being written. testRegistry, this test binary's
// registry, gives them their metadata; analyzers.Registry never sees them.

// testfind reports calls to the function named by -testfind.name, with
// the function's declaration as related information and a fix renaming
// the call to "good". It requires inspect, to check that the driver hands
// prerequisite results through.
var testfind = func() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "testfind",
		Doc:      "testfind: reports calls to a function\n\nThe function is named by -testfind.name.",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Flags:    *flag.NewFlagSet("testfind", flag.ContinueOnError),
	}
	name := a.Flags.String("name", "bad", "name of the function whose calls are reported")
	a.Run = func(pass *analysis.Pass) (any, error) {
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
			call := n.(*ast.CallExpr)
			id, ok := call.Fun.(*ast.Ident)
			if !ok || id.Name != *name {
				return
			}
			d := analysis.Diagnostic{
				Pos: id.Pos(), End: id.End(), Category: "call",
				Message: "call to " + id.Name + "; call good instead",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "call good",
					TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte("good")}},
				}},
			}
			if obj := pass.TypesInfo.Uses[id]; obj != nil && obj.Pkg() == pass.Pkg {
				d.Related = []analysis.RelatedInformation{{Pos: obj.Pos(), End: obj.Pos(), Message: "declared here"}}
			}
			pass.Report(d)
		})
		return nil, nil
	}
	return lint.New(a)
}()

// testoff is off by default; it reports each package once.
var testoff = lint.New(&analysis.Analyzer{
	Name: "testoff",
	Doc:  "testoff: reports every package (off by default)",
	Run: func(pass *analysis.Pass) (any, error) {
		if len(pass.Files) > 0 {
			pass.Reportf(pass.Files[0].Name.Pos(), "testoff ran on %s", pass.Pkg.Name())
		}
		return nil, nil
	},
})

// testboom panics on packages named boom.
var testboom = lint.New(&analysis.Analyzer{
	Name: "testboom",
	Doc:  "testboom: panics on packages named boom",
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "boom" {
			panic("kaboom\nsecond line")
		}
		return nil, nil
	},
})

// markFact marks functions named Mark, so that testfact can report calls
// to them from other packages: facts must cross packages in both drivers.
type markFact struct{}

func (*markFact) AFact()         {}
func (*markFact) String() string { return "marked" }

var testfact = lint.New(&analysis.Analyzer{
	Name:      "testfact",
	Doc:       "testfact: reports calls to functions named Mark in other packages",
	FactTypes: []analysis.Fact{new(markFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		if obj, ok := pass.Pkg.Scope().Lookup("Mark").(*types.Func); ok {
			pass.ExportObjectFact(obj, new(markFact))
		}
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && pass.ImportObjectFact(fn, new(markFact)) {
					pass.Reportf(sel.Pos(), "call to marked function %s", fn.FullName())
				}
				return true
			})
		}
		return nil, nil
	},
})

// testpid (off by default) reports, on each package, the process that
// analysed it: the workers' tests count them.
var testpid = lint.New(&analysis.Analyzer{
	Name: "testpid",
	Doc:  "testpid: reports the analysing process on every package (off by default)",
	Run: func(pass *analysis.Pass) (any, error) {
		if len(pass.Files) > 0 {
			pass.Reportf(pass.Files[0].Name.Pos(), "analysed by process %d", os.Getpid())
		}
		return nil, nil
	},
})

// testdie (off by default) kills its process on packages named die, as a
// crash or the out-of-memory killer would.
var testdie = lint.New(&analysis.Analyzer{
	Name: "testdie",
	Doc:  "testdie: exits its process on packages named die (off by default)",
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "die" {
			fmt.Fprintln(os.Stderr, "fatal error: out of memory")
			os.Exit(2)
		}
		return nil, nil
	},
})

// hookFact marks methods named Hook; hiddenFact says that the package
// calls a Hook of an interface with no implementation in sight, which
// makes the standalone driver analyse the module again (moduleRounds).
type hookFact struct{}

func (*hookFact) AFact()         {}
func (*hookFact) String() string { return "hook" }

type hiddenFact struct{}

func (*hiddenFact) AFact()         {}
func (*hiddenFact) String() string { return "hidden" }

// testRounds names the packages with a hiddenFact.
func testRounds(facts map[string][]analysis.Fact) map[string]bool {
	out := map[string]bool{}
	for path, fs := range facts {
		for _, f := range fs {
			if _, ok := f.(*hiddenFact); ok {
				out[path] = true
			}
		}
	}
	return out
}

// testimpl reports calls of an interface's Hook method whose
// implementation it knows by its fact, from any package whose facts the
// driver gives it.
var testimpl = lint.New(&analysis.Analyzer{
	Name:      "testimpl",
	Doc:       "testimpl: reports interface calls of Hook that reach a known implementation",
	FactTypes: []analysis.Fact{new(hookFact), new(hiddenFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, name := range pass.Pkg.Scope().Names() {
			if tn, ok := pass.Pkg.Scope().Lookup(name).(*types.TypeName); ok {
				if m, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pass.Pkg, "Hook"); m != nil {
					if fn, ok := m.(*types.Func); ok && fn.Pkg() == pass.Pkg {
						pass.ExportObjectFact(fn, new(hookFact))
					}
				}
			}
		}
		hidden := false
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Hook" {
					return true
				}
				iface, ok := pass.TypesInfo.TypeOf(sel.X).Underlying().(*types.Interface)
				if !ok {
					return true
				}
				for _, of := range pass.AllObjectFacts() {
					fn, ok := of.Object.(*types.Func)
					if !ok || fn.Name() != "Hook" {
						continue
					}
					if sig := fn.Type().(*types.Signature); sig.Recv() != nil && types.Implements(sig.Recv().Type(), iface) {
						pass.Reportf(sel.Pos(), "call reaches implementation %s", fn.FullName())
						return true
					}
				}
				hidden = true
				return true
			})
		}
		if hidden {
			pass.ExportPackageFact(new(hiddenFact))
		}
		return nil, nil
	},
})

var testRegistry = lint.Registry{
	{Analyzer: testfind, Meta: lint.Meta{CWE: []string{"CWE-1"}, Default: true, Manual: "Manual of testfind.\n\nIt finds calls."}},
	{Analyzer: testoff, Meta: lint.Meta{Default: false}},
	{Analyzer: testboom, Meta: lint.Meta{Default: true}},
	{Analyzer: testfact, Meta: lint.Meta{Default: true}},
	{Analyzer: testpid, Meta: lint.Meta{Default: false}},
	{Analyzer: testdie, Meta: lint.Meta{Default: false}},
	{Analyzer: testimpl, Meta: lint.Meta{Default: true}},
}
