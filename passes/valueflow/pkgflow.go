package valueflow

import (
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// pkgFlow is the analysis of one package.
type pkgFlow struct {
	// mu serialises the queries: the analyzers that share the Result run
	// concurrently.
	mu   sync.Mutex
	pass *analysis.Pass
	pkg  *ssa.Package

	// stores lists the stores into each global and field (by the field's
	// object) in the package, and counters the locations that are
	// incremented (x++, x += k, atomic.Add*), with the increment.
	stores   map[any][]*ssa.Store
	counters map[any]Origin
	// callers lists the static calls of each function of the package;
	// escapes marks the functions used as values other than a callee;
	// closures lists the MakeClosure of each anonymous function.
	callers  map[*ssa.Function][]ssa.CallInstruction
	escapes  map[*ssa.Function]bool
	closures map[*ssa.Function][]*ssa.MakeClosure

	summaries map[*ssa.Function]*summary
	// fills memoizes fill.
	fills    map[fillKey]*set
	resolved *tracer
	symbolic *tracer

	// syntax indexes the package's calls by Lparen, built on first use.
	syntax *ssautil.Syntax
	// oauthCodes memoizes oauthCode by function.
	oauthCodes map[*ssa.Function]oauthInput

	walks int // values and locations walked, for the tests
}

// A fillKey names a parameter of a function: what the function writes
// into the object the parameter points to is summarised once (fill).
type fillKey struct {
	fn    *ssa.Function
	param int
}

// summary holds the origins of each result of a function, parameters kept
// as Param origins.
type summary struct {
	results []*set
}

func newPkgFlow(pass *analysis.Pass, ssainfo *buildssa.SSA) *pkgFlow {
	st := &pkgFlow{
		pass:       pass,
		pkg:        ssainfo.Pkg,
		stores:     map[any][]*ssa.Store{},
		counters:   map[any]Origin{},
		callers:    map[*ssa.Function][]ssa.CallInstruction{},
		escapes:    map[*ssa.Function]bool{},
		closures:   map[*ssa.Function][]*ssa.MakeClosure{},
		summaries:  map[*ssa.Function]*summary{},
		fills:      map[fillKey]*set{},
		oauthCodes: map[*ssa.Function]oauthInput{},
	}
	st.resolved = &tracer{st: st, resolve: true, memo: map[any]*set{}}
	st.symbolic = &tracer{st: st, memo: map[any]*set{}}
	st.index(ssainfo)
	return st
}

// Funcs lists the package's functions with their closures, in source
// order, and the package initialiser (which initialises package-level
// variables: their closures and stores).
func Funcs(ssainfo *buildssa.SSA) []*ssa.Function {
	var out []*ssa.Function
	seen := map[*ssa.Function]bool{}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || seen[fn] {
			return
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, fn := range ssainfo.SrcFuncs {
		add(fn)
	}
	// Package initialisers are not source functions but store globals.
	if ssainfo.Pkg != nil {
		add(ssainfo.Pkg.Func("init"))
	}
	return out
}

func (st *pkgFlow) index(ssainfo *buildssa.SSA) {
	for _, fn := range Funcs(ssainfo) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st.indexInstr(instr)
			}
		}
	}
}

func (st *pkgFlow) indexInstr(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Store:
		if loc := location(x.Addr); loc != nil {
			st.stores[loc] = append(st.stores[loc], x)
			if isIncrement(x) {
				if _, ok := st.counters[loc]; !ok {
					st.counters[loc] = Origin{Kind: Counter, Pos: x.Pos(), Desc: "counter " + locName(x.Addr)}
				}
			}
		}
	case *ssa.MakeClosure:
		if fn, ok := x.Fn.(*ssa.Function); ok {
			st.closures[fn] = append(st.closures[fn], x)
			if !onlyCalled(x) {
				st.escapes[fn] = true
			}
		}
	}
	if c, ok := instr.(ssa.CallInstruction); ok {
		common := c.Common()
		if callee := common.StaticCallee(); callee != nil {
			st.callers[callee] = append(st.callers[callee], c)
		}
		if f, ok := CallFunc(common); ok && f.Pkg == "sync/atomic" && strings.HasPrefix(f.Name, "Add") {
			var addr ssa.Value
			if f.Recv != "" {
				addr = receiver(common)
			} else if len(common.Args) > 0 {
				addr = common.Args[0]
			}
			if loc := location(addr); loc != nil {
				if _, ok := st.counters[loc]; !ok {
					st.counters[loc] = Origin{Kind: Counter, Pos: c.Pos(), Desc: "counter " + locName(addr)}
				}
			}
		}
	}
	// Functions used as values escape.
	var ops [8]*ssa.Value
	for i, op := range instr.Operands(ops[:0]) {
		fn, ok := (*op).(*ssa.Function)
		if !ok {
			continue
		}
		if c, ok := instr.(ssa.CallInstruction); ok && i == 0 && !c.Common().IsInvoke() && c.Common().Value == fn {
			continue
		}
		if _, ok := instr.(*ssa.MakeClosure); ok && i == 0 {
			continue
		}
		st.escapes[fn] = true
	}
}

// onlyCalled reports whether a closure is only called where it is made.
func onlyCalled(mc *ssa.MakeClosure) bool {
	refs := mc.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		c, ok := r.(ssa.CallInstruction)
		if !ok || c.Common().IsInvoke() || c.Common().Value != mc {
			return false
		}
	}
	return true
}

// location names the memory an address refers to, for the package-wide
// indexes: a global, or a field (by its object). nil otherwise.
func location(addr ssa.Value) any {
	switch a := addr.(type) {
	case *ssa.Global:
		return a
	case *ssa.FieldAddr:
		return fieldVar(a.X.Type(), a.Field)
	}
	return nil
}

func locName(addr ssa.Value) string {
	switch a := addr.(type) {
	case *ssa.Global:
		return a.Name()
	case *ssa.FieldAddr:
		if v := fieldVar(a.X.Type(), a.Field); v != nil {
			if tn, ok := namedOf(a.X.Type()); ok {
				return tn + "." + v.Name()
			}
			return v.Name()
		}
	}
	return "?"
}

// fieldVar returns field i of the struct that t (or *t) is.
func fieldVar(t types.Type, i int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i < 0 || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

func namedOf(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name(), true
	}
	return "", false
}

// isIncrement reports whether a store writes back its own location plus or
// minus something: x++, x += k, s.n = s.n + 1.
func isIncrement(st *ssa.Store) bool {
	b, ok := st.Val.(*ssa.BinOp)
	if !ok || (b.Op != token.ADD && b.Op != token.SUB) {
		return false
	}
	loc := location(st.Addr)
	for _, op := range []ssa.Value{b.X, b.Y} {
		if ld, ok := op.(*ssa.UnOp); ok && ld.Op == token.MUL && location(ld.X) == loc {
			basic, ok := b.Type().Underlying().(*types.Basic)
			return ok && basic.Info()&types.IsNumeric != 0
		}
	}
	return false
}

// external reports whether code the analysis does not see may call fn, so
// that its parameters can hold anything.
func (st *pkgFlow) external(fn *ssa.Function) bool {
	if st.escapes[fn] || len(st.callers[fn]) == 0 || fn.Signature.Recv() != nil {
		return true
	}
	if fn.Parent() == nil {
		if obj := fn.Object(); obj != nil && obj.Exported() {
			return true
		}
	}
	return false
}

// fill returns what fn, a function with a body in this package, writes
// into the object its parameter i points to (an application's bind(c,
// &req) helper calling c.ShouldBindJSON), other parameters kept as Param
// origins; computed on first use (a recursive call meanwhile sees nothing).
func (st *pkgFlow) fill(fn *ssa.Function, i int) *set {
	key := fillKey{fn, i}
	if s, ok := st.fills[key]; ok {
		return s
	}
	st.fills[key] = &set{}
	t := &tracer{st: st, memo: st.symbolic.memo}
	s := t.fresh(budget, func() *set { return t.contents(fn.Params[i]) })
	st.fills[key] = s
	return s
}

// summary returns fn's summary, computing it on first use. A function
// whose summary is being computed (recursion) has, meanwhile, the
// summary found so far.
func (st *pkgFlow) summary(fn *ssa.Function) *summary {
	if s, ok := st.summaries[fn]; ok {
		return s
	}
	n := fn.Signature.Results().Len()
	s := &summary{results: make([]*set, n)}
	for i := range s.results {
		s.results[i] = &set{}
	}
	st.summaries[fn] = s
	body := bodyOf(fn)
	if body == nil {
		for i := range s.results {
			s.results[i].add(Origin{Kind: Unknown, Desc: fn.String()})
		}
		return s
	}
	t := &tracer{st: st, memo: st.symbolic.memo}
	for _, ret := range ssautil.Returns(body) {
		for i := range ret.Results {
			if i < n {
				s.results[i].addAll(t.query(ssautil.ReturnedValue(ret, i)))
			}
		}
	}
	return s
}
