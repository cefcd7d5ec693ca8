// Package ssautil holds the small type and SSA helpers the passes and
// analyzers share, so that each exists once.
package ssautil

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool { return t != nil && types.Identical(t, errorType) }

// Textual reports whether values of t hold text that can be an ID:
// strings, byte slices and arrays, and named types of them.
func Textual(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Array:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// IsString reports whether t's underlying type is a string type.
func IsString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsResponseWriter reports whether t is net/http's ResponseWriter.
func IsResponseWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter"
}

// Restarts reports whether the method call c is made on a receiver that
// its function calls the method named stop on first (s.Shutdown();
// s.Start()): a restart of something started elsewhere.
func Restarts(c *ssa.Call, stop string) bool {
	if stop == "" || c.Call.IsInvoke() || len(c.Call.Args) == 0 || c.Call.Signature().Recv() == nil {
		return false
	}
	recv := c.Call.Args[0]
	refs := recv.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		other, ok := r.(*ssa.Call)
		if !ok || other == c || other.Call.IsInvoke() || len(other.Call.Args) == 0 || other.Call.Args[0] != recv {
			continue
		}
		if callee := other.Call.StaticCallee(); callee != nil && callee.Name() == stop && other.Block() != nil &&
			(other.Block() == c.Block() && other.Pos() < c.Pos() || other.Block().Dominates(c.Block())) {
			return true
		}
	}
	return false
}

// TakesCallback reports whether a call passes a function value: a call
// that runs code of the caller's within something (a connection, a
// transaction: db.StoreSession(store, token, func() {...})) rather than
// storing data under a key.
func TakesCallback(c *ssa.CallCommon) bool {
	for _, a := range c.Args {
		if _, ok := a.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// Returns returns fn's return instructions, without the one of its
// recover block (which returns what deferred calls left after a panic:
// no return of the function's code).
func Returns(fn *ssa.Function) []*ssa.Return {
	var rets []*ssa.Return
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !AfterPanic(r) {
			rets = append(rets, r)
		}
	}
	return rets
}

// AfterPanic reports whether r is the return of its function's recover
// block: reached only when a deferred call recovered from a panic.
func AfterPanic(r *ssa.Return) bool {
	return r.Block() != nil && r.Block() == r.Parent().Recover
}

// ReturnedValue returns result i of a return: in a function with defers,
// SSA spills the results to locals before running them and returns what
// it loads back, so the value is the one stored last into that local in
// the return's block.
func ReturnedValue(r *ssa.Return, i int) ssa.Value {
	v := r.Results[i]
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return v
	}
	slot, ok := load.X.(*ssa.Alloc)
	if !ok {
		return v
	}
	var stored ssa.Value
	for _, instr := range r.Block().Instrs {
		if instr == load {
			break
		}
		if st, ok := instr.(*ssa.Store); ok && st.Addr == slot {
			stored = st.Val
		}
	}
	if stored == nil {
		return v
	}
	return stored
}

// CallArgs returns the arguments a call gives its callee's parameters:
// a static method call's Args start with the receiver, which is left
// out (an invoke's Args never hold it).
func CallArgs(c *ssa.CallCommon) []ssa.Value {
	args := c.Args
	if !c.IsInvoke() && c.Signature() != nil && c.Signature().Recv() != nil && len(args) > 0 {
		return args[1:]
	}
	return args
}

// OnlyStore returns the value stored into a local variable's cell when it
// is stored exactly once (a parameter or value captured by a closure is
// spilled to such a cell), else nil.
func OnlyStore(alloc *ssa.Alloc) ssa.Value {
	if vs := StoredInto(alloc); len(vs) == 1 {
		return vs[0]
	}
	return nil
}

// StoredInto returns the values stored into a local's cell (the cell
// itself, not its fields), in order.
func StoredInto(alloc *ssa.Alloc) []ssa.Value {
	var vs []ssa.Value
	for _, st := range StoresTo(alloc) {
		vs = append(vs, st.Val)
	}
	return vs
}

// StoresTo returns the stores whose address is addr itself (a local's
// cell, a captured variable's), in order.
func StoresTo(addr ssa.Value) []*ssa.Store {
	refs := addr.Referrers()
	if refs == nil {
		return nil
	}
	var out []*ssa.Store
	for _, r := range *refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == addr {
			out = append(out, st)
		}
	}
	return out
}

// CallOf returns the call v is the result of (one of the results of), or
// nil.
func CallOf(v ssa.Value) *ssa.Call {
	switch x := v.(type) {
	case *ssa.Call:
		return x
	case *ssa.Extract:
		call, _ := x.Tuple.(*ssa.Call)
		return call
	}
	return nil
}

// StructOf returns the struct type t points to (or is).
func StructOf(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// FieldOf names the field a FieldAddr addresses as the model does: its
// struct's package and type, and its name.
func FieldOf(fa *ssa.FieldAddr) (model.Field, bool) {
	st, ok := StructOf(fa.X.Type())
	if !ok || fa.Field >= st.NumFields() {
		return model.Field{}, false
	}
	tn, ok := model.TypeNameOf(fa.X.Type())
	if !ok {
		return model.Field{}, false
	}
	return model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: st.Field(fa.Field).Name()}, true
}

// Extracts returns the Extracts that read component i of the tuple v (a
// call with several results, a comma-ok lookup or type assertion).
func Extracts(v ssa.Value, i int) []ssa.Value {
	var out []ssa.Value
	if refs := v.Referrers(); refs != nil {
		for _, r := range *refs {
			if ex, ok := r.(*ssa.Extract); ok && ex.Index == i {
				out = append(out, ex)
			}
		}
	}
	return out
}

// A FieldStore is a value stored into a field of a local struct.
type FieldStore struct {
	Field *types.Var
	Store *ssa.Store
}

// FieldStores returns the stores into the fields of the struct alloc
// holds (a composite literal, a new(T) filled field by field), in the
// order of alloc's referrers.
func FieldStores(alloc *ssa.Alloc) []FieldStore {
	st, ok := StructOf(alloc.Type())
	if !ok || alloc.Referrers() == nil {
		return nil
	}
	var out []FieldStore
	for _, r := range *alloc.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || fa.X != alloc || fa.Field >= st.NumFields() || fa.Referrers() == nil {
			continue
		}
		for _, u := range *fa.Referrers() {
			if store, ok := u.(*ssa.Store); ok && store.Addr == fa {
				out = append(out, FieldStore{Field: st.Field(fa.Field), Store: store})
			}
		}
	}
	return out
}

// FuncValue returns the function a function value denotes: a function, or
// a closure's function, through conversions (to http.HandlerFunc, to an
// interface); nil for anything else, such as a parameter or a method
// value bound at run time.
func FuncValue(v ssa.Value) *ssa.Function {
	for range 8 {
		switch x := v.(type) {
		case *ssa.Function:
			return x
		case *ssa.MakeClosure:
			fn, _ := x.Fn.(*ssa.Function)
			return fn
		default:
			var ok bool
			if v, ok = converted(v); !ok {
				return nil
			}
		}
	}
	return nil
}

// ConstString returns the value of a constant string operand, through
// conversions to a named string type or an interface.
func ConstString(v ssa.Value) (string, bool) {
	for range 4 {
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				return constant.StringVal(x.Value), true
			}
			return "", false
		default:
			var ok bool
			if v, ok = converted(v); !ok {
				return "", false
			}
		}
	}
	return "", false
}

// Unconverted returns v without the conversions around it (to a named
// type, to an interface, between basic types).
func Unconverted(v ssa.Value) ssa.Value {
	for range 8 {
		x, ok := converted(v)
		if !ok {
			return v
		}
		v = x
	}
	return v
}

// converted returns the operand of a conversion: to a named type
// (ChangeType), to an interface, or between basic types.
func converted(v ssa.Value) (ssa.Value, bool) {
	switch x := v.(type) {
	case *ssa.ChangeType:
		return x.X, true
	case *ssa.MakeInterface:
		return x.X, true
	case *ssa.Convert:
		return x.X, true
	}
	return nil, false
}

// InTestFile reports whether pos is in a _test.go file: code the go
// command builds only for tests, which serves no browser.
func InTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// EqualityBranch returns, for a block ending in `if x == y` or `if x != y`,
// the comparison and the successor taken when x and y are equal; ok is
// false for any other block.
func EqualityBranch(b *ssa.BasicBlock) (cmp *ssa.BinOp, equal *ssa.BasicBlock, ok bool) {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return nil, nil, false
	}
	iff, isIf := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !isIf {
		return nil, nil, false
	}
	cmp, ok = iff.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.EQL && cmp.Op != token.NEQ {
		return nil, nil, false
	}
	equal = b.Succs[0]
	if cmp.Op == token.NEQ {
		equal = b.Succs[1]
	}
	return cmp, equal, true
}

// InstrIndex returns instr's index in its block, -1 when it has none.
func InstrIndex(instr ssa.Instruction) int {
	if instr.Block() == nil {
		return -1
	}
	for i, in := range instr.Block().Instrs {
		if in == instr {
			return i
		}
	}
	return -1
}

// Dominates reports whether a executes before b on every path to b: both in
// one function, a's block dominating b's, and a earlier in a shared block.
func Dominates(a, b ssa.Instruction) bool {
	ab, bb := a.Block(), b.Block()
	if ab == nil || bb == nil || a.Parent() != b.Parent() {
		return false
	}
	if ab == bb {
		return InstrIndex(a) < InstrIndex(b)
	}
	return ab.Dominates(bb)
}

// Reachable returns the blocks control can reach from a along at least one
// edge (a itself only through a loop).
func Reachable(a *ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	r := map[*ssa.BasicBlock]bool{}
	stack := append([]*ssa.BasicBlock(nil), a.Succs...)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if r[n] {
			continue
		}
		r[n] = true
		stack = append(stack, n.Succs...)
	}
	return r
}

// Overwritten reports whether the store st into cell cannot reach use:
// another store into cell comes after st on every path to it, precedes
// use on every path to use, and no loop leads back from it to st (u :=
// current(r); ...; u = login(...); use(u)).
func Overwritten(st *ssa.Store, cell ssa.Value, use ssa.Instruction) bool {
	for _, later := range StoresTo(cell) {
		if later != st && Dominates(later, use) && Dominates(st, later) && !Reachable(later.Block())[st.Block()] {
			return true
		}
	}
	return false
}

// StoredField returns what a load of a field (req.User, with req a
// pointer the function holds) reads when the function itself stored that
// field of the same pointer earlier on every path to the load
// (req.User = user; ...; req.User.Save(...)): the value of the nearest
// such store. The pointer is the same SSA value, or loads of one captured
// variable or local cell (a closure's req). Nil when load reads no field
// or no store dominates it; a call between the store and the load that
// could change the field is not considered.
func StoredField(load *ssa.UnOp) ssa.Value {
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok || load.Op != token.MUL {
		return nil
	}
	var nearest *ssa.Store
	for _, base := range sameBases(fa.X) {
		for _, r := range Referrers(base) {
			other, ok := r.(*ssa.FieldAddr)
			if !ok || other.X != base || other.Field != fa.Field {
				continue
			}
			for _, u := range Referrers(other) {
				st, ok := u.(*ssa.Store)
				if !ok || st.Addr != other || !Dominates(st, load) {
					continue
				}
				if nearest == nil || Dominates(nearest, st) {
					nearest = st
				}
			}
		}
	}
	if nearest == nil {
		return nil
	}
	return nearest.Val
}

// sameBases returns the values that hold the same pointer as v: v, and
// when v loads a captured variable the literal never assigns or a local
// cell assigned once, every load of it.
func sameBases(v ssa.Value) []ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return []ssa.Value{v}
	}
	switch cell := load.X.(type) {
	case *ssa.FreeVar:
		if len(StoresTo(cell)) > 0 {
			return []ssa.Value{v} // assigned in the literal
		}
	case *ssa.Alloc:
		if len(StoresTo(cell)) != 1 {
			return []ssa.Value{v} // assigned again
		}
	default:
		return []ssa.Value{v}
	}
	var out []ssa.Value
	for _, r := range Referrers(load.X) {
		if l, ok := r.(*ssa.UnOp); ok && l.Op == token.MUL && l.X == load.X {
			out = append(out, l)
		}
	}
	return out
}

// Referrers returns the instructions that use v; none when SSA does not
// record v's uses (a constant, a function).
func Referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

// DecoratesContext reports whether a function of signature sig returns a
// context.Context and is given one to derive it from
// (session.SetSessionID(ctx, c.Value), a context.WithValue wrapper): it
// carries values on with the request, it stores nothing.
func DecoratesContext(sig *types.Signature) bool {
	if sig == nil {
		return false
	}
	return hasContext(sig.Params()) && hasContext(sig.Results())
}

func hasContext(t *types.Tuple) bool {
	for i := range t.Len() {
		if IsContext(t.At(i).Type()) {
			return true
		}
	}
	return false
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}
