package cookies

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// disabledSites adds a site for a session cookie configuration whose
// HttpOnly or Secure a statement turns off on every path through its
// function (cstore.Options.HttpOnly = false on a store reached through a
// type assertion, storer.Secure = false on a library's cookie writer),
// when no other site accounts for that write: the configuration's origin
// is not followed, but the author's choice to switch a protection off is
// plain. Writes turning off one configuration (the same selector base in
// one function) are one site; the other attributes count as set.
func (s *cookieScan) disabledSites() {
	covered := map[token.Pos]bool{}
	for _, site := range s.sites {
		for _, snd := range site.Sends {
			for _, v := range snd.Attrs {
				if v.Pos.IsValid() {
					covered[v.Pos] = true
				}
			}
		}
	}
	type key struct {
		fn   *ssa.Function
		base string
	}
	groups := map[key]*Site{}
	for _, fn := range s.funcs {
		rets := returnBlocks(fn)
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st, ok := instr.(*ssa.Store)
				if !ok || covered[st.Pos()] || !dominatesAll(b, rets) {
					continue
				}
				ct, attr, ok := disabledField(st)
				if !ok {
					continue
				}
				stmt := s.enclosingAssign(st.Pos())
				if stmt == nil || len(stmt.Lhs) != 1 {
					continue
				}
				sel, ok := stmt.Lhs[0].(*ast.SelectorExpr)
				if !ok {
					continue
				}
				k := key{fn, types.ExprString(sel.X)}
				site := groups[k]
				if site == nil {
					// Named by the expression it is reached by, which the
					// remedy assigns through.
					site = &Site{
						Kind: KindConfig, Lib: model.Lookup(ct.Pkg), Type: ct, CtorName: k.base,
						Pos: stmt.Pos(), End: stmt.End(), File: s.fileOf(stmt.Pos()), Fn: fn,
						Sends: []*Send{{Use: UseBrowser, Pos: stmt.Pos(), Desc: "configured here", Presumed: true, Attrs: Attrs{
							model.AttrHttpOnly: {Origin: Dynamic}, model.AttrSecure: {Origin: Dynamic}, model.AttrSameSite: {Origin: Dynamic},
						}}},
					}
					groups[k] = site
					s.sites = append(s.sites, site)
				}
				site.Sends[0].Attrs[attr] = AttrValue{Origin: Const, Value: model.False, Pos: st.Pos()}
			}
		}
	}
}

// disabledField reports whether st stores the constant false into the
// HttpOnly or Secure field of a session cookie configuration (or true into
// a field that turns HttpOnly off, beego's DisableHTTPOnly).
func disabledField(st *ssa.Store) (*model.CookieType, model.Attr, bool) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return nil, "", false
	}
	ct := cookieTypeOf(fa.X.Type())
	s, ok := ssautil.StructOf(fa.X.Type())
	if ct == nil || !ct.Session || !ok || fa.Field >= s.NumFields() {
		return nil, "", false
	}
	attr, negated, ok := attrOf(ct, s.Field(fa.Field).Name())
	if !ok || attr != model.AttrHttpOnly && attr != model.AttrSecure {
		return nil, "", false
	}
	v := attrValue(st.Val, attr, ct.SameSite, negated, st.Pos())
	return ct, attr, v.Origin == Const && v.Value == model.False
}

// returnBlocks are the blocks of fn that end in a return.
func returnBlocks(fn *ssa.Function) []*ssa.BasicBlock {
	var rets []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if n := len(b.Instrs); n > 0 {
			if _, ok := b.Instrs[n-1].(*ssa.Return); ok {
				rets = append(rets, b)
			}
		}
	}
	return rets
}

// dominatesAll reports whether b dominates every block of bs (and bs is
// not empty): b is on every path to them.
func dominatesAll(b *ssa.BasicBlock, bs []*ssa.BasicBlock) bool {
	for _, x := range bs {
		if !b.Dominates(x) {
			return false
		}
	}
	return len(bs) > 0
}
