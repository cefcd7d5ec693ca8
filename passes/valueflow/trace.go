package valueflow

import (
	"go/constant"
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
	st      *state
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
	saved, savedStack, savedPartial, savedLow := t.left, t.onStack, t.partial, t.low
	t.left, t.onStack, t.partial, t.low = budget, map[any]int{}, map[any]*set{}, noCycle
	s := t.value(v)
	t.left, t.onStack, t.partial, t.low = saved, savedStack, savedPartial, savedLow
	return s
}

func (t *tracer) value(v ssa.Value) *set {
	if v == nil {
		return &set{}
	}
	return t.walk(v, func() *set { return t.value1(v) })
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

func (t *tracer) value1(v ssa.Value) *set {
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
		if x.Index == 0 {
			return constSet
		}
		return t.value(tup)
	}
	return single(Origin{Kind: Unknown, Pos: x.Pos(), Desc: "a value the analysis cannot follow"})
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
	if model.IsRequestStruct(p.Type()) {
		// A typed handler's request (GoFrame's req *v1.LoginReq): what
		// the client sent, decoded by the framework.
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

// bindings returns the values a free variable is bound to by the closures
// made in the enclosing function.
func (t *tracer) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	var out []ssa.Value
	for _, mc := range t.st.closures[fn] {
		if idx >= 0 && idx < len(mc.Bindings) {
			out = append(out, mc.Bindings[idx])
		}
	}
	return out
}

// load returns the origins of the value loaded from addr.
func (t *tracer) load(addr ssa.Value, pos token.Pos) *set {
	switch a := addr.(type) {
	case *ssa.Global:
		return t.global(a, pos)
	case *ssa.FieldAddr:
		return t.fieldLoad(a, pos)
	case *ssa.IndexAddr:
		return t.union(a.X, a.Index)
	case *ssa.Alloc:
		return t.contents(a)
	case *ssa.FreeVar:
		out := &set{}
		for _, b := range t.bindings(a) {
			out.addAll(t.load(b, pos))
		}
		if len(out.list) == 0 {
			out.add(Origin{Kind: Unknown, Pos: a.Pos(), Desc: "captured variable " + a.Name()})
		}
		return out
	}
	return t.value(addr)
}

// global returns the origins of a global's value.
func (t *tracer) global(g *ssa.Global, pos token.Pos) *set {
	if g.Pkg == nil || g.Pkg.Pkg == nil {
		return single(Origin{Kind: Unknown, Pos: pos, Desc: g.Name()})
	}
	path := g.Pkg.Pkg.Path()
	if src, ok := theTables().vars[[2]string{path, g.Name()}]; ok {
		return single(Origin{Kind: kindOf(src), Pos: pos, Desc: path + "." + g.Name()})
	}
	if theTables().pure[path] {
		return constSet
	}
	if g.Pkg != t.st.pkg {
		return single(Origin{Kind: Unknown, Pos: pos, Desc: path + "." + g.Name()})
	}
	return t.located(g, g, nil)
}

// located returns what the package stores into a location (a global or a
// field), and the counter origin if it is incremented. fallback is used
// when the package stores nothing there (nil: a constant zero value).
func (t *tracer) located(loc any, addr ssa.Value, fallback func() *set) *set {
	c, counted := t.st.counters[loc]
	stores := t.st.stores[loc]
	if len(stores) == 0 && !counted {
		if fallback != nil {
			return fallback()
		}
		return constSet
	}
	return t.walk(locKey{loc}, func() *set {
		out := &set{}
		if counted {
			out.add(c)
		}
		for _, s := range stores {
			if !isIncrement(s) {
				out.addAll(t.value(s.Val))
			}
		}
		if _, isGlobal := addr.(*ssa.Global); isGlobal {
			// Writes through the global's address (fill a global buffer).
			out.addAll(t.contents(addr))
		}
		return out
	})
}

// fieldSource returns the origin of a field with a known origin (r.URL,
// gorilla's Session.ID), nil for others.
func (t *tracer) fieldSource(typ types.Type, i int, pos token.Pos) *set {
	v := fieldVar(typ, i)
	if v == nil || v.Pkg() == nil {
		return nil
	}
	tn, ok := model.TypeNameOf(typ)
	if !ok {
		return nil
	}
	f := model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: v.Name()}
	src, ok := theTables().fields[f]
	if !ok {
		return nil
	}
	return single(Origin{Kind: kindOf(src), Pos: pos, Desc: shortField(f)})
}

func shortField(f model.Field) string {
	return ShortName(model.Func{Pkg: f.Pkg, Recv: f.Type, Name: f.Name})
}

// fieldLoad returns the origins of a value loaded from a field.
func (t *tracer) fieldLoad(fa *ssa.FieldAddr, pos token.Pos) *set {
	if s := t.fieldSource(fa.X.Type(), fa.Field, pos); s != nil {
		return s
	}
	if alloc, ok := fa.X.(*ssa.Alloc); ok {
		// A local object: the stores into this field of it, and whatever
		// fills the whole object (json.Unmarshal(b, &v)).
		out := t.contentsOf(alloc, fa.Field)
		if len(out.list) == 0 {
			return constSet
		}
		return out
	}
	v := fieldVar(fa.X.Type(), fa.Field)
	if v != nil && v.Pkg() == t.st.pkg.Pkg {
		// A field of a type of this package: what the package stores
		// into that field anywhere (field-based), else the object's own
		// origins.
		return t.located(v, fa, func() *set { return t.value(fa.X) })
	}
	return t.value(fa.X)
}

// contents returns the origins of what is written into the object obj (an
// allocation, a slice, a map, a hash or a builder): stores into it and its
// elements, map updates, and calls that fill it.
func (t *tracer) contents(obj ssa.Value) *set { return t.contentsOf(obj, -1) }

// contentsOf is contents restricted, when field >= 0, to field number field
// of the struct obj points to (and to what fills the whole struct).
func (t *tracer) contentsOf(obj ssa.Value, field int) *set {
	out := &set{}
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value)
	visit = func(v ssa.Value) {
		if seen[v] || len(seen) > 256 {
			return
		}
		seen[v] = true
		refs := v.Referrers()
		if refs == nil {
			return
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.Store:
				if r.Addr == v && !isIncrement(r) {
					out.addAll(t.value(r.Val))
				}
			case *ssa.IndexAddr:
				if r.X == v {
					visit(r)
				}
			case *ssa.FieldAddr:
				if r.X == v && (v != obj || field < 0 || r.Field == field) {
					visit(r)
				}
			case *ssa.Slice:
				visit(r)
			case *ssa.ChangeType:
				visit(r)
			case *ssa.MakeInterface:
				visit(r)
			case *ssa.ChangeInterface:
				visit(r)
			case *ssa.MapUpdate:
				if r.Map == v {
					out.addAll(t.value(r.Value))
				}
			case *ssa.MakeClosure:
				fn, _ := r.Fn.(*ssa.Function)
				for i, b := range r.Bindings {
					if b == v && fn != nil && i < len(fn.FreeVars) {
						visit(fn.FreeVars[i])
					}
				}
			case ssa.CallInstruction:
				t.filler(r, v, out)
			}
		}
	}
	visit(obj)
	return out
}

// filler adds to out what the call c writes into the object v, one of its
// operands: the random bytes of rand.Read(v), the other operands of a pure
// function (hex.Encode(v, src), sb.WriteString(s), h.Write(b),
// io.ReadFull(rand.Reader, v)), copy's source.
func (t *tracer) filler(c ssa.CallInstruction, v ssa.Value, out *set) {
	common := c.Common()
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "copy" && len(common.Args) == 2 && common.Args[0] == v {
			out.addAll(t.value(common.Args[1]))
		}
		return
	}
	f, ok := CallFunc(common)
	if !ok {
		return
	}
	ops := operands(common)
	at := -1
	for i, op := range ops {
		if op == v {
			at = i
		}
	}
	if at < 0 {
		return
	}
	tb := theTables()
	if sc := tb.calls[f]; sc != nil && sc.Fills >= 0 {
		if argIndex(f, at) == sc.Fills {
			out.add(Origin{Kind: kindOf(sc.Source), Pos: c.Pos(), Desc: f.String()})
		}
		return
	}
	if src, ok := model.SourcePackages[f.Pkg]; ok {
		out.add(Origin{Kind: kindOf(src), Pos: c.Pos(), Desc: f.String()})
		return
	}
	if tb.pure[f.Pkg] && writerName.MatchString(f.Name) {
		for i, op := range ops {
			if i != at {
				out.addAll(t.value(op))
			}
		}
	}
}

// writerName matches the functions and methods of the pure packages that
// write into an operand: sb.WriteString(s), h.Write(b), hex.Encode(dst,
// src), io.ReadFull(r, buf), dec.Decode(&v), fmt.Fprintf(w, ...).
var writerName = regexp.MustCompile(`^(Write|Read|Put|Set|Add|Append|Encode|Decode|Unmarshal|Fprint|Fscan|Sscan|Copy)`)

// operands returns a call's receiver (for an interface call) and
// arguments, in order.
func operands(common *ssa.CallCommon) []ssa.Value {
	if common.IsInvoke() {
		return append([]ssa.Value{common.Value}, common.Args...)
	}
	return common.Args
}

// argIndex converts an index into operands(common) into the index of the
// argument as the model counts it (receiver excluded); -1 for a receiver.
func argIndex(f model.Func, i int) int {
	if f.Recv != "" {
		return i - 1
	}
	return i
}

// CallArg returns argument i of a call of f as the model counts it
// (receiver excluded), nil when out of range.
func CallArg(common *ssa.CallCommon, f model.Func, i int) ssa.Value {
	if i < 0 {
		return nil
	}
	ops := operands(common)
	if f.Recv != "" {
		i++
	}
	if i < len(ops) {
		return ops[i]
	}
	return nil
}

// receiver returns a method call's receiver.
func receiver(common *ssa.CallCommon) ssa.Value {
	ops := operands(common)
	if len(ops) == 0 {
		return nil
	}
	return ops[0]
}

// CallFunc names a call's callee as the model does: the interface
// method for an interface call, the function or method otherwise.
func CallFunc(common *ssa.CallCommon) (model.Func, bool) {
	if common.IsInvoke() {
		return model.FuncOf(common.Method)
	}
	callee := common.StaticCallee()
	if callee == nil {
		return model.Func{}, false
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		if o := callee.Origin(); o != nil {
			obj, ok = o.Object().(*types.Func)
		}
	}
	if !ok {
		return model.Func{}, false
	}
	return model.FuncOf(obj)
}

// ConstString returns the value of a constant string operand (through
// conversions to a named string type or an interface).
func ConstString(v ssa.Value) (string, bool) {
	for range 4 {
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				return constant.StringVal(x.Value), true
			}
			return "", false
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return "", false
		}
	}
	return "", false
}

// keyedGetters return the entry of a map-like request input under the
// key given as argument 0: the name of the input.
var keyedGetters = map[model.Func]bool{
	{Pkg: "net/url", Recv: "Values", Name: "Get"}:     true,
	{Pkg: "net/url", Recv: "Values", Name: "Has"}:     true,
	{Pkg: "net/http", Recv: "Header", Name: "Get"}:    true,
	{Pkg: "net/http", Recv: "Header", Name: "Values"}: true,
}

// named gives the request origins in s the name key (a constant) when they
// have none yet: r.URL.Query().Get("sid"), r.Header["X-Sid"].
func (t *tracer) named(s *set, key ssa.Value) *set {
	name, ok := ConstString(key)
	if !ok || s.kinds&Request == 0 {
		return s
	}
	out := &set{}
	for _, o := range s.list {
		if o.Kind&Request != 0 && o.Name == "" {
			o.Name = name
			if o.Kind&Cookie != 0 && theTables().sessionName.MatchString(name) {
				o.Kind |= SessionID
			}
		}
		out.add(o)
	}
	return out
}

// call returns the origins of result index of c (-1: its only result, or
// all of them).
func (t *tracer) call(c *ssa.Call, index int) *set {
	common := &c.Call
	if b, ok := common.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append", "min", "max", "len", "cap", "real", "imag", "complex":
			return t.union(common.Args...)
		}
		return constSet
	}
	f, named := CallFunc(common)
	tb := theTables()
	if named {
		if r := tb.cookies[f]; r != nil {
			if index >= 0 && index != r.Result {
				return constSet
			}
			o := Origin{Kind: Cookie, Pos: c.Pos(), Desc: ShortName(f)}
			if name, ok := ConstString(CallArg(common, f, r.Name)); ok {
				o.Name = name
				if tb.sessionName.MatchString(name) {
					o.Kind |= SessionID
				}
			}
			return single(o)
		}
		if sc := tb.calls[f]; sc != nil {
			if sc.Result < 0 && sc.Fills >= 0 {
				return constSet // rand.Read's count and error
			}
			if index >= 0 && sc.Result >= 0 && index != sc.Result {
				return constSet
			}
			o := Origin{Kind: kindOf(sc.Source), Pos: c.Pos(), Desc: f.String()}
			if o.Kind&(Request|SessionID) != 0 {
				o.Desc = ShortName(f)
			}
			if name, ok := ConstString(CallArg(common, f, sc.Name)); ok {
				o.Name = name
			}
			return single(o)
		}
		if src, ok := model.SourcePackages[f.Pkg]; ok {
			return single(Origin{Kind: kindOf(src), Pos: c.Pos(), Desc: f.String()})
		}
		if f.Pkg == "sync/atomic" {
			// Load, Swap...: the location's value.
			var addr ssa.Value
			if f.Recv != "" {
				addr = receiver(common)
			} else if len(common.Args) > 0 {
				addr = common.Args[0]
			}
			if addr != nil {
				return t.load(addr, c.Pos())
			}
		}
		if keyedGetters[f] {
			return t.named(t.value(receiver(common)), CallArg(common, f, 0))
		}
		if tb.pure[f.Pkg] {
			out := t.union(operands(common)...)
			if isReference(c.Type()) {
				out.addAll(t.contents(c))
			}
			return out
		}
	}
	if fn, _ := funcValue(common.Value); !common.IsInvoke() && fn != nil && bodyOf(fn) != nil {
		return t.summarised(c, fn, index)
	}
	if !common.IsInvoke() {
		if callee := common.StaticCallee(); callee != nil {
			if obj, ok := callee.Object().(*types.Func); ok && obj.Pkg() != nil && obj.Pkg() != t.st.pass.Pkg {
				var sum Summary
				if t.st.pass.ImportObjectFact(obj.Origin(), &sum) {
					return t.fromFact(c, &sum, obj, index)
				}
			}
		}
	}
	desc := "a call of a function value"
	if named {
		desc = ShortName(f)
	} else if callee := common.StaticCallee(); callee != nil {
		desc = callee.Name()
	}
	return single(Origin{Kind: Unknown, Pos: c.Pos(), Desc: desc})
}

// isReference reports whether values of t refer to an object that calls
// can write into (a hash, a builder, a buffer).
func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Slice, *types.Map:
		return true
	}
	return false
}

// summarised returns the origins of result index of a call of fn, a
// function with a body in this package, its Param origins replaced by the
// call's arguments.
func (t *tracer) summarised(c *ssa.Call, fn *ssa.Function, index int) *set {
	sum := t.st.summary(fn)
	out := &set{}
	args := c.Call.Args
	add := func(s *set) {
		for _, o := range s.list {
			if o.Kind&Param != 0 {
				if o.Param >= 0 && o.Param < len(args) {
					out.addAll(t.value(args[o.Param]))
				}
				continue
			}
			out.add(o)
		}
	}
	if index >= 0 {
		if index < len(sum.results) {
			add(sum.results[index])
		}
		return out
	}
	for _, s := range sum.results {
		add(s)
	}
	return out
}

// fromFact returns the origins of result index of a call of obj, a
// function of another package, from its Summary fact.
func (t *tracer) fromFact(c *ssa.Call, sum *Summary, obj *types.Func, index int) *set {
	args := func(i int) *set {
		if i >= 0 && i < len(c.Call.Args) {
			return t.value(c.Call.Args[i])
		}
		return &set{}
	}
	if index >= 0 {
		return t.st.imported(sum, index, obj, c.Pos(), args)
	}
	out := &set{}
	for i := range sum.Results {
		out.addAll(t.st.imported(sum, i, obj, c.Pos(), args))
	}
	return out
}

// FieldName returns the name of the field a FieldAddr addresses, "" when
// it cannot be told.
func FieldName(fa *ssa.FieldAddr) string {
	if v := fieldVar(fa.X.Type(), fa.Field); v != nil {
		return v.Name()
	}
	return ""
}
