package cookies

import (
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
)

// Functional options (go-session's SetSecure(true), iris's
// CookieSameSite(http.SameSiteStrictMode) and CookieSecure) are the
// elements of a variadic argument: calls of an option constructor, or an
// option itself (a function, or a package variable holding one, as iris
// re-exports them).

// optionOf returns the model name of an option element and the arguments
// it was made with: a call of a function or of a package variable holding
// one, a function, or a package variable. ok is false for anything else
// (an option of the application's own, a closure).
func optionOf(v ssa.Value) (f model.Func, args []ssa.Value, ok bool) {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType: // a function into the named option type
			v = x.X
			continue
		}
		break
	}
	if c, isCall := v.(*ssa.Call); isCall && !c.Call.IsInvoke() {
		f, ok = funcValue(c.Call.Value)
		return f, c.Call.Args, ok
	}
	f, ok = funcValue(v)
	return f, nil, ok
}

// funcValue names a function value: a declared function, or the load of a
// package variable.
func funcValue(v ssa.Value) (model.Func, bool) {
	switch x := v.(type) {
	case *ssa.Function:
		if obj, isFunc := x.Object().(*types.Func); isFunc {
			return model.FuncOf(obj)
		}
	case *ssa.UnOp:
		if g, isGlobal := x.X.(*ssa.Global); isGlobal && g.Pkg != nil {
			return model.Func{Pkg: g.Pkg.Pkg.Path(), Name: g.Name()}, true
		}
	}
	return model.Func{}, false
}

// optionWrites reads the functional options passed as the variadic
// argument i of a call: the attributes they set. It fails when the options
// are not a literal list, or when one of them is not the library's.
func optionWrites(common *ssa.CallCommon, i int, opts []model.OptionFunc) ([]write, bool) {
	if len(opts) == 0 || i >= len(common.Args) {
		return nil, false
	}
	if c, ok := common.Args[i].(*ssa.Const); ok && c.IsNil() {
		return nil, true // no options
	}
	sl, ok := common.Args[i].(*ssa.Slice)
	if !ok {
		return nil, false
	}
	elems, ok := variadic.Elems(sl)
	if !ok {
		return nil, false
	}
	libPkgs := map[string]bool{}
	for _, o := range opts {
		libPkgs[o.Func.Pkg] = true
	}
	var ws []write
	for _, elem := range elems {
		mf, args, named := optionOf(elem)
		if !named || !libPkgs[mf.Pkg] && model.Lookup(mf.Pkg) == nil {
			return nil, false // an option of the application's own
		}
		for _, o := range opts {
			if o.Func != mf {
				continue
			}
			switch {
			case o.Value != "":
				ws = append(ws, write{attr: o.Attr, val: AttrValue{Origin: Const, Value: o.Value, Pos: elem.Pos()}})
			case len(args) > 0:
				ws = append(ws, write{attr: o.Attr, val: attrValue(args[0], o.Attr, model.SameSiteHTTP, false, elem.Pos())})
			}
		}
	}
	return ws, true
}

// applyOptions applies a setter's or sender's functional options to the
// attributes of the cookie it sends. Options it cannot read, and options
// the module registers for every cookie (iris AddCookieOptions), leave the
// attributes an option can set to the author.
func (s *cookieScan) applyOptions(attrs Attrs, common *ssa.CallCommon, first, at int, opts []model.OptionFunc, setter model.Func) {
	if len(opts) == 0 {
		return
	}
	ws, ok := optionWrites(common, first+at, opts)
	if !ok || s.registersOptions(setter.Pkg) {
		for _, o := range opts {
			attrs[o.Attr] = AttrValue{Origin: Dynamic}
		}
		return
	}
	for _, w := range ws {
		attrs[w.attr] = w.val
	}
}

// registersOptions reports whether the module calls an option
// registration (model CookieModel.Registered) of the setter's package.
func (s *cookieScan) registersOptions(pkg string) bool {
	scan := modulescan.ForDir(modulescan.PackageDir(s.pass))
	for _, lib := range model.All {
		if lib.Cookies == nil {
			continue
		}
		for _, f := range lib.Cookies.Registered {
			if f.Pkg != pkg {
				continue
			}
			if _, ok := scan.GoTextMatch(regexp.MustCompile(`\.` + regexp.QuoteMeta(f.Name) + `\(`)); ok {
				return true
			}
		}
	}
	return false
}

// applyOptionsStruct applies a setter's options struct (model
// PositionalSetter.OptionsType: GoFrame's variadic ghttp.CookieOptions{...},
// the first one counting; gorilla's &sessions.Options{...}): its fields
// set the attributes they name; a field the literal leaves out is its zero
// value. An argument that is not a literal leaves the attributes to the
// author.
func (s *cookieScan) applyOptionsStruct(attrs Attrs, common *ssa.CallCommon, first int, ps *model.PositionalSetter) {
	i := first + ps.OptionsArg
	if i >= len(common.Args) {
		return
	}
	if c, ok := common.Args[i].(*ssa.Const); ok && c.IsNil() {
		return // no options: the defaults
	}
	dynamic := func() {
		for a := range ps.OptionsFields {
			attrs[a] = AttrValue{Origin: Dynamic}
		}
	}
	v := common.Args[i]
	if sl, ok := v.(*ssa.Slice); ok {
		elems, ok := variadic.Elems(sl)
		if !ok || len(elems) == 0 {
			dynamic()
			return
		}
		v = elems[0]
	}
	lit, _ := v.(*ssa.Alloc) // &T{...}
	if load, ok := v.(*ssa.UnOp); ok {
		lit, _ = load.X.(*ssa.Alloc) // T{...}
	}
	if lit == nil {
		dynamic()
		return
	}
	byField := map[string]model.Attr{}
	for a, f := range ps.OptionsFields {
		byField[f] = a
		attrs[a] = AttrValue{Origin: Const, Value: zeroValue(a)}
	}
	fill := func(lit *ssa.Alloc) {
		for _, fs := range ssautil.FieldStores(lit) {
			if a, ok := byField[fs.Field.Name()]; ok {
				attrs[a] = attrValue(fs.Store.Val, a, ps.SameSite, false, fs.Store.Pos())
			}
		}
	}
	if copies := ssautil.StoresTo(lit); len(copies) > 0 {
		// A copy (opts := *ses.Options; opts.MaxAge = ...): the one
		// configuration literal the package gives that field, else
		// whatever the author configured.
		if src := s.copiedLiteral(copies); src != nil {
			fill(src)
		} else {
			dynamic()
		}
	}
	fill(lit)
}

// copiedLiteral returns the configuration literal a variable was copied
// from when it is stored once: a literal itself, or a load of a field
// (*ses.Options) the package assigns exactly one literal (the store's New
// giving each session its options) and otherwise only copies of itself.
// Nil when that is not known.
func (s *cookieScan) copiedLiteral(copies []*ssa.Store) *ssa.Alloc {
	if len(copies) != 1 {
		return nil
	}
	v := copies[0].Val
	if lit := literalAlloc(v); lit != nil {
		return lit
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	ptr, ok := load.X.(*ssa.UnOp)
	if !ok || ptr.Op != token.MUL {
		return nil
	}
	obj := locationOf(ptr.X)
	if obj == nil {
		return nil
	}
	var only *ssa.Alloc
	for _, st := range s.locStores[obj] {
		if lit := literalAlloc(st.Val); lit != nil {
			if only != nil && only != lit {
				return nil
			}
			only = lit
			continue
		}
		if l, ok := st.Val.(*ssa.UnOp); ok && l.Op == token.MUL && locationOf(l.X) == obj {
			continue // ses.Options = other.Options
		}
		return nil
	}
	return only
}
