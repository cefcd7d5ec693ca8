package valueflow

import (
	"go/token"
	"go/types"
	"math"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// budget bounds the values one query visits; past it, what is left is
// Unknown. It keeps every query linear in practice whatever the code.
const budget = 20000

// tracer walks SSA values backwards to their origins. A resolving tracer
// follows parameters to the arguments of the package's calls; a symbolic
// one (for summaries) keeps them as Param origins.
type tracer struct {
	st      *pkgFlow
	resolve bool
	// memo holds the origins of values (and locations, see locKey) whose
	// walk is complete: it met no cycle, or only cycles back to the value
	// itself (the head of the cycle, whose answer then holds everything
	// reachable from it).
	memo map[any]*set
	// partial holds, for the current query, the origins of values whose
	// walk met a cycle through a value then lower on the stack: what they
	// have without that value's, which the query's answer holds anyway.
	// Reaching such a value again in the same query reuses them, which
	// keeps a query linear in the values it visits.
	partial map[any]*set
	// onStack holds the depth of each value being walked; low is the
	// lowest depth that a cycle met in the current walk went back to
	// (noCycle when none).
	onStack map[any]int
	low     int
	left    int
}

// noCycle is tracer.low when the current walk met no cycle.
const noCycle = math.MaxInt

// query returns the origins of v with a fresh budget.
func (t *tracer) query(v ssa.Value) *set {
	if s, ok := t.memo[v]; ok {
		return s
	}
	return t.fresh(budget, func() *set { return t.value(v) })
}

// fieldBudget bounds the values a field's summary visits: every exported
// text field of a large package gets one, and what a field is filled
// with is rarely far away; past it, the rest is Unknown.
const fieldBudget = 60

// queryField returns what the package stores into a field, with a fresh
// budget of its own.
func (t *tracer) queryField(v *types.Var) *set {
	return t.fresh(fieldBudget, func() *set { return t.located(v, nil, nil) })
}

// fresh runs walk with a fresh budget of n values and a fresh stack.
func (t *tracer) fresh(n int, walk func() *set) *set {
	saved, savedStack, savedPartial, savedLow := t.left, t.onStack, t.partial, t.low
	t.left, t.onStack, t.partial, t.low = n, map[any]int{}, map[any]*set{}, noCycle
	s := walk()
	t.left, t.onStack, t.partial, t.low = saved, savedStack, savedPartial, savedLow
	return s
}

func (t *tracer) value(v ssa.Value) *set {
	if v == nil {
		return &set{}
	}
	return t.walk(v, func() *set { return t.computeValue(v) })
}

// walk returns compute's answer for key (a value, or a location's
// locKey), memoised in memo when complete, else in partial for the rest
// of the query.
func (t *tracer) walk(key any, compute func() *set) *set {
	if s, ok := t.memo[key]; ok {
		return s
	}
	if s, ok := t.partial[key]; ok {
		t.low = 0 // incomplete: nothing that uses it is complete
		return s
	}
	if d, ok := t.onStack[key]; ok {
		t.low = min(t.low, d)
		return &set{}
	}
	if t.left <= 0 {
		return single(Origin{Kind: Unknown, Desc: "a value too far to follow"})
	}
	t.left--
	t.st.walks++
	depth := len(t.onStack) + 1
	t.onStack[key] = depth
	outer := t.low
	t.low = noCycle
	s := compute()
	delete(t.onStack, key)
	if t.low >= depth {
		t.memo[key] = s
		t.low = outer
	} else {
		t.partial[key] = s
		t.low = min(t.low, outer)
	}
	return s
}

// A locKey is the key under which walk memoises what the package stores
// into a location (a global, a field).
type locKey struct{ loc any }

func single(o Origin) *set {
	s := &set{}
	s.add(o)
	return s
}

var constSet = single(Origin{Kind: Const})

func (t *tracer) union(vs ...ssa.Value) *set {
	out := &set{}
	for _, v := range vs {
		out.addAll(t.value(v))
	}
	return out
}

func (t *tracer) computeValue(v ssa.Value) *set {
	switch x := v.(type) {
	case *ssa.Const:
		return constSet
	case *ssa.Function, *ssa.MakeClosure, *ssa.Builtin:
		return constSet
	case *ssa.Parameter:
		return t.param(x)
	case *ssa.FreeVar:
		out := &set{}
		for _, b := range t.bindings(x) {
			out.addAll(t.value(b))
		}
		if len(out.list) == 0 {
			out.add(Origin{Kind: Unknown, Pos: x.Pos(), Desc: "captured variable " + x.Name()})
		}
		return out
	case *ssa.Global:
		return t.global(x, x.Pos())
	case *ssa.Alloc:
		return t.contents(x)
	case *ssa.MakeSlice, *ssa.MakeMap, *ssa.MakeChan:
		return t.contents(x)
	case *ssa.Phi:
		return t.union(x.Edges...)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return t.load(x.X, x.Pos())
		}
		if x.Op == token.ARROW {
			return single(Origin{Kind: Unknown, Pos: x.Pos(), Desc: "a channel receive"})
		}
		return t.value(x.X)
	case *ssa.BinOp:
		return t.union(x.X, x.Y)
	case *ssa.Convert:
		return t.value(x.X)
	case *ssa.ChangeType:
		return t.value(x.X)
	case *ssa.ChangeInterface:
		return t.value(x.X)
	case *ssa.MakeInterface:
		return t.value(x.X)
	case *ssa.SliceToArrayPointer:
		return t.value(x.X)
	case *ssa.MultiConvert:
		return t.value(x.X)
	case *ssa.TypeAssert:
		return t.value(x.X)
	case *ssa.Slice:
		return t.value(x.X)
	case *ssa.Index:
		return t.union(x.X, x.Index)
	case *ssa.IndexAddr:
		return t.union(x.X, x.Index)
	case *ssa.Lookup:
		if _, isMap := x.X.Type().Underlying().(*types.Map); isMap {
			// A map's value: what was stored in it, not the key it is
			// looked up by (a record found under the client's ID is not
			// the client's ID).
			return t.named(t.value(x.X), x.Index)
		}
		return t.union(x.X, x.Index)
	case *ssa.Field:
		if s := t.fieldSource(x.X.Type(), x.Field, x.Pos()); s != nil {
			return s
		}
		return t.value(x.X)
	case *ssa.FieldAddr:
		return t.fieldLoad(x, x.Pos())
	case *ssa.Extract:
		return t.extract(x)
	case *ssa.Call:
		return t.call(x, -1)
	case *ssa.Range:
		return t.value(x.X)
	case *ssa.Next:
		return t.value(x.Iter)
	}
	return single(Origin{Kind: Unknown, Pos: v.Pos(), Desc: "a value the analysis cannot follow"})
}

func (t *tracer) extract(x *ssa.Extract) *set {
	switch tup := x.Tuple.(type) {
	case *ssa.Call:
		return t.call(tup, x.Index)
	case *ssa.Lookup, *ssa.TypeAssert, *ssa.UnOp:
		if x.Index == 0 {
			return t.value(tup)
		}
		return constSet
	case *ssa.Next:
		return t.next(tup, x.Index)
	}
	return single(Origin{Kind: Unknown, Pos: x.Pos(), Desc: "a value the analysis cannot follow"})
}

// next returns the origins of element index of a range step: ok (0)
// is a constant; a string's index (1) is a count and its rune (2) comes
// from the string; a map made here has its keys (1) from the keys stored
// into it and its values (2) from the values. Elsewhere the whole
// container's origins stand for both.
func (t *tracer) next(n *ssa.Next, index int) *set {
	if index == 0 || (n.IsString && index == 1) {
		return constSet
	}
	rng, ok := n.Iter.(*ssa.Range)
	if !ok {
		return t.value(n.Iter)
	}
	if mm, ok := rng.X.(*ssa.MakeMap); ok {
		if index == 1 {
			return t.mapKeys(mm)
		}
		return t.contents(mm)
	}
	return t.value(n.Iter)
}

// mapKeys returns the origins of the keys stored into a map made here.
func (t *tracer) mapKeys(mm *ssa.MakeMap) *set {
	out := &set{}
	if refs := mm.Referrers(); refs != nil {
		for _, r := range *refs {
			if u, ok := r.(*ssa.MapUpdate); ok && u.Map == mm {
				out.addAll(t.value(u.Key))
			}
		}
	}
	if len(out.list) == 0 {
		return constSet
	}
	return out
}

// param returns the origins of a parameter: a Param origin, and, when
// resolving, the arguments of the calls in the package.
func (t *tracer) param(p *ssa.Parameter) *set {
	fn := p.Parent()
	idx := -1
	for i, q := range fn.Params {
		if q == p {
			idx = i
		}
	}
	out := &set{}
	if model.IsRequestStruct(p.Type()) || model.IsBoundForm(p.Type()) && HandlerParams(fn) {
		// A typed handler's request (GoFrame's req *v1.LoginReq), or a
		// form a dependency-injecting framework bound for a handler
		// (flamego's f form.Login beside its context): what the client
		// sent, decoded by the framework.
		return single(Origin{Kind: Form, Pos: p.Pos(), Desc: p.Name()})
	}
	if !t.resolve || t.st.external(fn) {
		out.add(Origin{Kind: Param, Param: idx, Pos: p.Pos(), Desc: p.Name()})
	}
	if t.resolve {
		for _, c := range t.st.callers[fn] {
			if args := c.Common().Args; idx >= 0 && idx < len(args) {
				out.addAll(t.value(args[idx]))
			}
		}
	}
	return out
}

// HandlerParams reports whether fn takes a parameter that makes it a
// request handler (model.IsHandlerParam).
func HandlerParams(fn *ssa.Function) bool {
	for _, q := range fn.Params {
		if model.IsHandlerParam(q.Type()) {
			return true
		}
	}
	return false
}

// bindings returns the values a free variable is bound to by the closures
// made in the enclosing function.
func (t *tracer) bindings(fv *ssa.FreeVar) []ssa.Value {
	vs, _ := t.boundAt(fv)
	return vs
}

// boundAt returns the values bound to fv, and the MakeClosure instructions
// that bind each.
func (t *tracer) boundAt(fv *ssa.FreeVar) ([]ssa.Value, []*ssa.MakeClosure) {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	var out []ssa.Value
	var at []*ssa.MakeClosure
	for _, mc := range t.st.closures[fn] {
		if idx >= 0 && idx < len(mc.Bindings) {
			out = append(out, mc.Bindings[idx])
			at = append(at, mc)
		}
	}
	return out, at
}

// writerName matches the functions and methods of the pure packages that
// write into an operand: sb.WriteString(s), h.Write(b), hex.Encode(dst,
// src), io.ReadFull(r, buf), dec.Decode(&v), fmt.Fprintf(w, ...).
var writerName = regexp.MustCompile(`^(Write|Read|Put|Set|Add|Append|Encode|Decode|Unmarshal|Fprint|Fscan|Sscan|Copy)`)

// keyedGetters return the entry of a map-like request input under the
// key given as argument 0: the name of the input.
var keyedGetters = map[model.Func]bool{
	{Pkg: "net/url", Recv: "Values", Name: "Get"}:     true,
	{Pkg: "net/url", Recv: "Values", Name: "Has"}:     true,
	{Pkg: "net/http", Recv: "Header", Name: "Get"}:    true,
	{Pkg: "net/http", Recv: "Header", Name: "Values"}: true,
}
