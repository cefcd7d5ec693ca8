package valueflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Memory: loads of locals, globals and fields, and what was stored into
// them or filled in by a call given their address.

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
	if out := t.importedField(v, fa, pos); out != nil {
		// A field of another package's type that package stores into:
		// what it stores there. (This package's own stores into the
		// field are not added: a record read back, not built here, was
		// filled where its type lives.)
		return out
	}
	return t.value(fa.X)
}

// importedField returns the origins its FieldSummary fact gives a field of
// another package's type, nil without one. What that package stores there
// from a parameter is read as the origins of the whole object here, as
// without the fact.
func (t *tracer) importedField(v *types.Var, fa *ssa.FieldAddr, pos token.Pos) *set {
	if v == nil || v.Pkg() == nil {
		return nil
	}
	var fs FieldSummary
	if !t.st.pass.ImportObjectFact(v, &fs) {
		return nil
	}
	whole := func(int) *set { return t.value(fa.X) }
	return t.st.importedResult(fs.Field, v.Pkg().Name()+"."+locName(fa), pos, whole)
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
	if callee := common.StaticCallee(); callee != nil && !common.IsInvoke() {
		// An application's helper that fills what it is given: its body
		// in this package, its fact in another.
		args := t.argOrigins(common.Args, at)
		if callee.Pkg == t.st.pkg {
			if bodyOf(callee) != nil && at < len(callee.Params) {
				t.bound(t.st.fill(callee, at), args, out)
				return
			}
		} else if obj, _ := callee.Object().(*types.Func); obj != nil {
			if sum, ok := t.st.summaryFact(obj); ok {
				for _, fill := range sum.Fills {
					if fill.Param == at {
						out.addAll(t.st.importedResult(fill.Into, shortObj(obj), c.Pos(), args))
					}
				}
				return
			}
		}
	}
	if tb.pure[f.Pkg] && writerName.MatchString(f.Name) {
		for i, op := range ops {
			if i != at {
				out.addAll(t.value(op))
			}
		}
	}
}

// FieldName returns the name of the field a FieldAddr addresses, "" when
// it cannot be told.
func FieldName(fa *ssa.FieldAddr) string {
	if v := fieldVar(fa.X.Type(), fa.Field); v != nil {
		return v.Name()
	}
	return ""
}
