package cookies

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// importsModelled reports whether pkg imports, directly or not, a package
// of a modelled library.
func importsModelled(pkg *types.Package) bool {
	seen := map[*types.Package]bool{}
	var walk func(p *types.Package, yield func(string) bool) bool
	walk = func(p *types.Package, yield func(string) bool) bool {
		for _, imp := range p.Imports() {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if !yield(imp.Path()) || !walk(imp, yield) {
				return false
			}
		}
		return true
	}
	return model.Imported(func(yield func(string) bool) { walk(pkg, yield) })
}

// cookieScan is the per-package working memory of the pass.
type cookieScan struct {
	pass  *analysis.Pass
	funcs []*ssa.Function
	// imports are the package's transitive imports by path, computed
	// when first needed (sessionCall).
	imports map[string]*types.Package

	// callers maps a package function to its static call sites in the
	// package; external marks those code outside the package (or outside
	// the seen calls) may call.
	callers  map[*ssa.Function][]ssa.CallInstruction
	external map[*ssa.Function]bool

	// lits indexes the package's composite literals by Lbrace; calls its
	// call expressions by Lparen (ssautil.IndexSyntax).
	lits  map[token.Pos]*ast.CompositeLit
	calls map[token.Pos]*ast.CallExpr

	// locLoads are the loads of each package-level variable and of each
	// struct field (by *types.Var) in the package: the aliases of a store
	// or cookie kept there.
	locLoads map[types.Object][]ssa.Value
	// locStores are the stores into each of them.
	locStores map[types.Object][]*ssa.Store

	summaries map[*ssa.Function]*CookieParams
	inFlight  map[*ssa.Function]bool

	// claimed literal allocations: configuration literals that replace the
	// configuration of a tracked store (reported with the store).
	claimed map[*ssa.Alloc]*rootInfo
	// consumed constructor calls: their configuration is a tracked literal.
	consumed map[*ssa.Call]bool
	// middleware caches middlewareSetsSameSite.
	middleware *bool

	reach map[*ssa.BasicBlock]map[*ssa.BasicBlock]bool

	sites []*Site
}

func newCookieScan(pass *analysis.Pass) *cookieScan {
	s := &cookieScan{
		pass:      pass,
		callers:   map[*ssa.Function][]ssa.CallInstruction{},
		external:  map[*ssa.Function]bool{},
		locLoads:  map[types.Object][]ssa.Value{},
		locStores: map[types.Object][]*ssa.Store{},
		summaries: map[*ssa.Function]*CookieParams{},
		inFlight:  map[*ssa.Function]bool{},
		claimed:   map[*ssa.Alloc]*rootInfo{},
		consumed:  map[*ssa.Call]bool{},
		reach:     map[*ssa.BasicBlock]map[*ssa.BasicBlock]bool{},
	}
	s.funcs = valueflow.Funcs(pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA))
	syntax := ssautil.IndexSyntax(pass.Files)
	s.lits, s.calls = syntax.Lits, syntax.Calls
	s.index()
	return s
}

// index records call sites, address-taken functions and the loads of
// package variables and struct fields.
func (s *cookieScan) index() {
	for _, fn := range s.funcs {
		if s.isExternallyCallable(fn) {
			s.external[fn] = true
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if c, ok := instr.(ssa.CallInstruction); ok {
					if callee := c.Common().StaticCallee(); callee != nil && !c.Common().IsInvoke() {
						s.callers[callee] = append(s.callers[callee], c)
					}
				}
				// A function used other than as a call's callee escapes.
				var rands [8]*ssa.Value
				for i, op := range instr.Operands(rands[:0]) {
					f, ok := (*op).(*ssa.Function)
					if !ok {
						continue
					}
					if c, isCall := instr.(ssa.CallInstruction); isCall && i == 0 && !c.Common().IsInvoke() && c.Common().Value == f {
						continue
					}
					s.external[f] = true
				}
				if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL {
					if obj := locationOf(u.X); obj != nil {
						s.locLoads[obj] = append(s.locLoads[obj], u)
					}
				}
				if st, ok := instr.(*ssa.Store); ok {
					if obj := locationOf(st.Addr); obj != nil {
						s.locStores[obj] = append(s.locStores[obj], st)
					}
				}
			}
		}
	}
}

// locationOf returns the package variable or struct field an address
// denotes, nil for other addresses.
func locationOf(addr ssa.Value) types.Object {
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Object()
	case *ssa.FieldAddr:
		if st, ok := ssautil.StructOf(a.X.Type()); ok && a.Field < st.NumFields() {
			return st.Field(a.Field)
		}
	}
	return nil
}

// isExternallyCallable reports whether callers outside the package may
// call fn: an exported function or method of a non-main, non-test
// package.
func (s *cookieScan) isExternallyCallable(fn *ssa.Function) bool {
	if fn.Parent() != nil || fn.Synthetic != "" {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || !obj.Exported() {
		return false
	}
	if s.pass.Pkg.Name() == "main" {
		return false
	}
	if ssautil.InTestFile(s.pass.Fset, fn.Pos()) {
		return false
	}
	return true
}

// referencedElsewhere reports whether code outside the package may call
// fn, an externally callable function: some program of the module refers
// to it, or none includes the package (a library's), or the module is not
// known (modulescan.Scan.Referenced). An exported helper that nothing
// calls sends nothing.
func (s *cookieScan) referencedElsewhere(fn *ssa.Function) bool {
	dir := modulescan.PackageDir(s.pass)
	return modulescan.ForDir(dir).Referenced(dir, fn.Name())
}

// eachInstr calls f with every instruction of the package's functions, in
// order.
func (s *cookieScan) eachInstr(f func(ssa.Instruction)) {
	for _, fn := range s.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f(instr)
			}
		}
	}
}

// eachCall calls f with every call instruction of the package's
// functions, in order.
func (s *cookieScan) eachCall(f func(ssa.CallInstruction)) {
	s.eachInstr(func(instr ssa.Instruction) {
		if c, ok := instr.(ssa.CallInstruction); ok {
			f(c)
		}
	})
}

// fileOf returns the syntax file containing pos.
func (s *cookieScan) fileOf(pos token.Pos) *ast.File {
	for _, f := range s.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// cookieTypeOf returns the model of t (or *t), nil if it is not a
// modelled cookie or configuration type.
func cookieTypeOf(t types.Type) *model.CookieType {
	tn, ok := model.TypeNameOf(t)
	if !ok {
		return nil
	}
	return model.LookupCookieType(tn)
}

// funcOf names the callee of a call as the model does, and returns the
// index of the call's first argument proper in Common().Args (1 for a
// static method call, whose receiver is Args[0]).
func funcOf(c *ssa.CallCommon) (f model.Func, first int, ok bool) {
	if c.IsInvoke() {
		f, ok = model.FuncOf(c.Method)
		return f, 0, ok
	}
	callee := c.StaticCallee()
	if callee == nil {
		return model.Func{}, 0, false
	}
	if o := callee.Origin(); o != nil {
		callee = o
	}
	obj, isFunc := callee.Object().(*types.Func)
	if !isFunc {
		return model.Func{}, 0, false
	}
	f, ok = model.FuncOf(obj)
	if sig, _ := obj.Type().(*types.Signature); sig != nil && sig.Recv() != nil {
		first = 1
	}
	return f, first, ok
}

// receiver returns the receiver operand of a method call, nil otherwise.
func receiver(c *ssa.CallCommon) ssa.Value {
	if c.IsInvoke() {
		return c.Value
	}
	if _, first, ok := funcOf(c); ok && first == 1 && len(c.Args) > 0 {
		return c.Args[0]
	}
	return nil
}

// ShortName renders f as code names it ("sessions.NewCookieStore"): see
// valueflow.ShortName.
var ShortName = valueflow.ShortName

// precedes reports whether a may execute before b in the same function.
func (s *cookieScan) precedes(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || a.Parent() != b.Parent() {
		return false
	}
	if ab == bb {
		if ssautil.InstrIndex(a) < ssautil.InstrIndex(b) {
			return true
		}
		// A loop may bring control back to a's block.
		return s.reaches(ab, ab)
	}
	return s.reaches(ab, bb)
}

// reaches reports whether control can flow from block a to block b along
// at least one edge.
func (s *cookieScan) reaches(a, b *ssa.BasicBlock) bool {
	r, ok := s.reach[a]
	if !ok {
		r = ssautil.Reachable(a)
		s.reach[a] = r
	}
	return r[b]
}
