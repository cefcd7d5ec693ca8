package valueflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// Calls: what a call returns (a model source, a summarised function of
// this package, a fact of another's), and the small helpers that name a
// call's callee and arguments.

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
	return model.FuncOf(obj.Origin())
}

// CredentialCall returns the model's entry for the credential check a call
// makes (model.Credentials): a function, a method (also through an
// interface), or a package variable of func type called through the
// variable (gothic.CompleteUserAuth); nil for none.
func CredentialCall(common *ssa.CallCommon) *model.Credential {
	if load, ok := common.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
		if g, ok := load.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg != nil {
			return model.CredentialFunc(model.Func{Pkg: g.Pkg.Pkg.Path(), Name: g.Name()}, true)
		}
		return nil
	}
	if f, ok := CallFunc(common); ok {
		return model.CredentialFunc(f, false)
	}
	return nil
}

// named gives the request origins in s the name key (a constant) when they
// have none yet: r.URL.Query().Get("sid"), r.Header["X-Sid"].
func (t *tracer) named(s *set, key ssa.Value) *set {
	name, ok := ssautil.ConstString(key)
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
			if name, ok := ssautil.ConstString(CallArg(common, f, r.Name)); ok {
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
			if name, ok := ssautil.ConstString(CallArg(common, f, sc.Name)); ok {
				o.Name = name
			}
			if index >= 0 && index < len(sc.ResultNames) {
				o.Name = sc.ResultNames[index]
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
		if o, ok := t.keyed(common, f); ok {
			return single(o)
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
			obj, _ := callee.Object().(*types.Func)
			if sum, ok := t.st.summaryFact(obj); ok && len(sum.Results) > 0 {
				return t.fromFact(c, sum, obj, index)
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

// keyed returns the origin of a keyed hash that f, called by common,
// makes (hmac.New(sha256.New, key)): unpredictable and chosen by no client
// (CryptoRand), whatever is written into it, when its key is not a
// constant.
func (t *tracer) keyed(common *ssa.CallCommon, f model.Func) (Origin, bool) {
	for _, k := range model.KeyedHashes {
		if k.Func != f {
			continue
		}
		key := t.value(CallArg(common, f, k.Key)).origins()
		if key.Kinds == 0 || key.Only(Const) {
			return Origin{}, false
		}
		return Origin{Kind: CryptoRand, Desc: ShortName(f) + " keyed by a secret"}, true
	}
	return Origin{}, false
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
	args := t.argOrigins(c.Call.Args, -1)
	if index >= 0 {
		if index < len(sum.results) {
			t.bound(sum.results[index], args, out)
		}
		return out
	}
	for _, s := range sum.results {
		t.bound(s, args, out)
	}
	return out
}

// argOrigins returns the origins of a call's argument i, as a Param
// origin numbers it: none out of range, nor for skip (the argument a
// helper fills, whose own origins are not what it is filled with).
func (t *tracer) argOrigins(args []ssa.Value, skip int) func(int) *set {
	return func(i int) *set {
		if i >= 0 && i < len(args) && i != skip {
			return t.value(args[i])
		}
		return &set{}
	}
}

// bound adds to out the origins of s, a summary of the callee, with its
// Param origins replaced by what arg gives for them.
func (t *tracer) bound(s *set, arg func(int) *set, out *set) {
	for _, o := range s.list {
		if o.Kind&Param != 0 {
			out.addAll(arg(o.Param))
			continue
		}
		out.add(o)
	}
}

// fromFact returns the origins of result index of a call of obj, a
// function of another package, from its Summary fact.
func (t *tracer) fromFact(c *ssa.Call, sum *Summary, obj *types.Func, index int) *set {
	args := t.argOrigins(c.Call.Args, -1)
	if index >= 0 {
		return t.st.imported(sum, index, obj, c.Pos(), args)
	}
	out := &set{}
	for i := range sum.Results {
		out.addAll(t.st.imported(sum, i, obj, c.Pos(), args))
	}
	return out
}
