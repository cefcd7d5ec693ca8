// Package constvars defines an analysis pass that finds the package-level
// string variables that hold a constant: declared with a constant value
// and never assigned afterwards, neither in their package nor, as
// pkg.Name = v, in another package of the module. Applications keep session
// keys and cookie names in such variables as often as in constants
// (var UserKey = "user_id"); a read of one is the constant to the other
// passes.
//
// The variables of a package that other packages may read are exported as
// Value facts, so that the answer holds across packages and under go vet.
package constvars

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// Analyzer returns a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "constvars",
	Doc:        "find the package-level string variables that keep their constant initial value",
	URL:        "https://github.com/sessionlint/sessionlint/tree/main/passes/constvars",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Value)},
}

// Value is the fact of an exported package-level variable that keeps its
// constant initial value.
type Value struct {
	Const string
}

func (*Value) AFact() {}

func (v *Value) String() string { return "constant " + strconv.Quote(v.Const) }

// Result resolves the package's SSA values to constant strings, reading
// the variables that keep their initial value as constants.
type Result struct {
	pass  *analysis.Pass
	local map[*types.Var]string
}

// String returns the value of v when it is a constant string or a load of
// a package-level variable that keeps its constant initial value, through
// conversions to a named string type or an interface.
func (r *Result) String(v ssa.Value) (string, bool) {
	if s, ok := ssautil.ConstString(v); ok || r == nil {
		return s, ok
	}
	load, ok := ssautil.Unconverted(v).(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return "", false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return "", false
	}
	return r.variable(g)
}

// variable returns the constant a package-level variable keeps.
func (r *Result) variable(g *ssa.Global) (string, bool) {
	obj, ok := g.Object().(*types.Var)
	if !ok {
		return "", false
	}
	if s, ok := r.local[obj]; ok {
		return s, true
	}
	var fact Value
	if obj.Pkg() != r.pass.Pkg && r.pass.ImportObjectFact(obj, &fact) {
		return fact.Const, true
	}
	return "", false
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{pass: pass, local: initialValues(pass)}
	if len(res.local) == 0 {
		return res, nil
	}
	for v := range assignedAfter(pass, res.local) {
		delete(res.local, v)
	}
	var exported []*types.Var
	for v := range res.local {
		if v.Exported() {
			exported = append(exported, v)
		}
	}
	if len(exported) > 0 {
		// Another package of the module may assign the variable
		// (web.SessionKey = cfg.Key in main).
		for _, a := range modulescan.ForDir(modulescan.PackageDir(pass)).Assigned(pass.Pkg.Path()) {
			for _, v := range exported {
				if a.Path == v.Name() {
					delete(res.local, v)
				}
			}
		}
	}
	for v, s := range res.local {
		if v.Exported() {
			pass.ExportObjectFact(v, &Value{Const: s})
		}
	}
	return res, nil
}

// initialValues returns the package-level variables of a string type
// declared with a constant value, with that value.
func initialValues(pass *analysis.Pass) map[*types.Var]string {
	out := map[*types.Var]string{}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := pass.TypesInfo.Defs[name].(*types.Var)
					tv := pass.TypesInfo.Types[vs.Values[i]]
					if !ok || tv.Value == nil || tv.Value.Kind() != constant.String || !ssautil.Textual(v.Type()) {
						continue
					}
					out[v] = constant.StringVal(tv.Value)
				}
			}
		}
	}
	return out
}

// assignedAfter returns those of vars the package's code assigns, or whose
// address it takes (flag.StringVar(&Key, ...)).
func assignedAfter(pass *analysis.Pass, vars map[*types.Var]string) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := pass.TypesInfo.Uses[id].(*types.Var); ok {
				if _, tracked := vars[v]; tracked {
					out[v] = true
				}
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range x.Lhs {
					mark(lhs)
				}
			case *ast.UnaryExpr:
				if x.Op == token.AND {
					mark(x.X)
				}
			case *ast.IncDecStmt:
				mark(x.X)
			}
			return true
		})
	}
	return out
}
