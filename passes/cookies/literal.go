package cookies

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// literalSites adds a site for every composite literal of a modelled
// cookie or configuration type, following it through SSA.
func (s *cookieScan) literalSites() {
	s.eachInstr(func(instr ssa.Instruction) {
		alloc, ok := instr.(*ssa.Alloc)
		if !ok {
			return
		}
		ct := cookieTypeOf(alloc.Type())
		if ct == nil {
			return
		}
		switch {
		case alloc.Comment == "complit" && s.lits[alloc.Pos()] != nil:
			s.literalSite(alloc.Parent(), alloc, ct)
		case alloc.Comment != "complit" && !ct.Session && filledByFields(alloc, ct):
			s.fieldSite(alloc.Parent(), alloc, ct)
		}
	})
	s.eachInstr(func(instr ssa.Instruction) {
		if call, ok := instr.(*ssa.Call); ok {
			if ct := madeCookie(call); ct != nil {
				s.madeSite(call, ct)
			}
			if c, name, ct := requestCookie(call); c != nil {
				s.resentSite(call, c, name, ct)
			}
		}
	})
}

// requestCookie returns the cookie a cookie reader returns from the
// request (c, err := r.Cookie("sid")), the argument naming it, and the
// cookie's type; nil when call is not one or returns no cookie value.
func requestCookie(call *ssa.Call) (cookie, name ssa.Value, ct *model.CookieType) {
	mf, first, ok := funcOf(&call.Call)
	if !ok {
		return nil, nil, nil
	}
	reader := model.LookupCookieReader(mf)
	if reader == nil {
		return nil, nil, nil
	}
	cookie = call
	if _, isTuple := call.Type().(*types.Tuple); isTuple {
		cookie = nil
		for _, r := range *call.Referrers() {
			if ex, ok := r.(*ssa.Extract); ok && ex.Index == reader.Result {
				cookie = ex
			}
		}
	} else if reader.Result != 0 {
		cookie = nil
	}
	if cookie == nil {
		return nil, nil, nil
	}
	if ct = cookieTypeOf(cookie.Type()); ct == nil || ct.Session {
		return nil, nil, nil
	}
	if i := first + reader.Name; i < len(call.Call.Args) {
		name = call.Call.Args[i]
	}
	return cookie, name, ct
}

// resentSite adds the site of a cookie the request carried that the code
// sends back (c.MaxAge = n; http.SetCookie(w, c) to extend it): a
// browser sends a cookie's name and value only, so whatever attribute the
// code does not set again is unset. The site is the reader's call, and
// only when the cookie is sent.
func (s *cookieScan) resentSite(call *ssa.Call, c, name ssa.Value, ct *model.CookieType) {
	site := s.cookieSite(call.Parent(), c, ct, nil, call.Pos(), call.Pos())
	if !slices.ContainsFunc(site.Sends, func(snd *Send) bool { return snd.Use == UseBrowser && !snd.Presumed }) {
		// Read and never sent back, or handed to code that reads it (a
		// session library's cookie hook).
		s.sites = s.sites[:len(s.sites)-1]
		return
	}
	if n, ok := ssautil.ConstString(name); ok {
		for _, snd := range site.Sends {
			if snd.Attrs.Get(model.AttrName).Origin == Unset {
				snd.Attrs[model.AttrName] = AttrValue{Origin: Const, Value: model.Value(n), Pos: call.Pos()}
			}
		}
	}
	site.assignedAt(call.Pos())
}

// assignedAt names the site after the variable the call whose parenthesis
// is at lparen is assigned to (c of c := new(http.Cookie), c, err :=
// r.Cookie("sid")), and makes the call the site's extent.
func (site *Site) assignedAt(lparen token.Pos) {
	var call *ast.CallExpr
	site.Var, call = assignedName(site.File, lparen)
	if call != nil {
		site.Pos, site.End = call.Pos(), call.End()
	}
}

// madeCookie returns the cookie type a call of one of its Makers returns
// (fasthttp.AcquireCookie()), nil for other calls.
func madeCookie(call *ssa.Call) *model.CookieType {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Signature.Recv() != nil || callee.Pkg == nil {
		return nil
	}
	ct := cookieTypeOf(call.Type())
	if ct == nil || callee.Pkg.Pkg.Path() != ct.Pkg || !slices.Contains(ct.Makers, callee.Name()) {
		return nil
	}
	return ct
}

// madeSite adds the site of a cookie a maker returns, filled by its
// setters (c := fasthttp.AcquireCookie(); c.SetKey("sid"); ...).
func (s *cookieScan) madeSite(call *ssa.Call, ct *model.CookieType) {
	s.cookieSite(call.Parent(), call, ct, nil, call.Pos(), call.Pos()).assignedAt(call.Pos())
}

// filledByFields reports whether a cookie made by new(http.Cookie) or
// declared as a variable (var c http.Cookie) is only ever given values
// field by field: a whole cookie stored into it (c = http.Cookie{...},
// *c = *other) is a site of its own, or a copy.
func filledByFields(alloc *ssa.Alloc, ct *model.CookieType) bool {
	refs := alloc.Referrers()
	if refs == nil || !alloc.Pos().IsValid() {
		return false
	}
	fields := false
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == alloc {
				return false
			}
		case *ssa.FieldAddr:
			fields = true
		case *ssa.Call:
			// A setter called on it (var c fasthttp.Cookie; c.SetKey(...)).
			if _, ok := setterAttr(ct, &r.Call); ok && len(r.Call.Args) > 0 && r.Call.Args[0] == alloc {
				fields = true
			}
		}
	}
	return fields
}

// setterAttr returns the attribute a call of one of ct's setter methods
// sets.
func setterAttr(ct *model.CookieType, c *ssa.CallCommon) (model.Attr, bool) {
	if len(ct.Setters) == 0 || c.IsInvoke() {
		return "", false
	}
	mf, first, ok := funcOf(c)
	if !ok || first != 1 || mf.Pkg != ct.Pkg || mf.Recv != ct.Type {
		return "", false
	}
	for attr, name := range ct.Setters {
		if name == mf.Name {
			return attr, true
		}
	}
	return "", false
}

// fieldSite adds the site of a cookie filled field by field
// (c := new(http.Cookie); c.Name = "sid"; ...; http.SetCookie(w, c)).
func (s *cookieScan) fieldSite(fn *ssa.Function, alloc *ssa.Alloc, ct *model.CookieType) {
	site := s.cookieSite(fn, alloc, ct, nil, alloc.Pos(), alloc.Pos())
	site.Var = alloc.Comment // var c http.Cookie
	if alloc.Comment == "new" {
		site.assignedAt(alloc.Pos())
	}
}

// assignedName returns the name c of c := new(T) (or c = new(T)) whose
// call's parenthesis is at lparen, and the call; "" and nil when there is
// none.
func assignedName(file *ast.File, lparen token.Pos) (name string, call *ast.CallExpr) {
	if file == nil {
		return "", nil
	}
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || name != "" {
			return name == ""
		}
		if len(as.Rhs) == 1 && len(as.Lhs) > 1 {
			// c, err := r.Cookie("sid"): the first is the cookie.
			if c, ok := as.Rhs[0].(*ast.CallExpr); ok && c.Lparen == lparen {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					name, call = id.Name, c
				}
			}
			return name == ""
		}
		if len(as.Lhs) != len(as.Rhs) {
			return name == ""
		}
		for i, rhs := range as.Rhs {
			if c, ok := rhs.(*ast.CallExpr); ok && c.Lparen == lparen {
				if id, ok := as.Lhs[i].(*ast.Ident); ok {
					name, call = id.Name, c
				}
			}
		}
		return name == ""
	})
	return name, call
}

func (s *cookieScan) literalSite(fn *ssa.Function, alloc *ssa.Alloc, ct *model.CookieType) {
	lit := s.lits[alloc.Pos()]
	s.cookieSite(fn, alloc, ct, lit, lit.Pos(), lit.End())
}

// cookieSite follows a cookie or configuration value made at alloc (from
// the literal lit, or field by field when lit is nil) to where it is sent.
func (s *cookieScan) cookieSite(fn *ssa.Function, root ssa.Value, ct *model.CookieType, lit *ast.CompositeLit, pos, end token.Pos) *Site {
	f := s.newFlow(ct, false)
	f.ptr(&frame{fn: fn}, root)
	site := &Site{
		Kind: KindLiteral, Lib: model.Lookup(ct.Pkg), Type: ct,
		Pos: pos, End: end, Lit: lit, File: s.fileOf(pos), Fn: fn,
	}
	if ct.Session {
		site.Kind = KindConfig
	}
	var ri *rootInfo
	if alloc, ok := root.(*ssa.Alloc); ok {
		ri = s.claimed[alloc]
	}
	if ri != nil {
		site.Kind, site.Ctor, site.CtorName = KindConfig, ri.site, ri.name
	}
	seen := map[token2]bool{}
	for _, ev := range f.sends {
		k := token2{ev.send.Pos, ev.send.Desc}
		if seen[k] {
			continue
		}
		seen[k] = true
		attrs := f.attrsAt(ev)
		if ri != nil {
			mergeWrites(attrs, ri.writes)
			ev.send.Desc = "configures the session cookie of " + ri.name
		}
		if site.Ctor == nil && ct.Session {
			if c, ok := ev.instr.(ssa.CallInstruction); ok {
				if mf, _, ok := funcOf(c.Common()); ok {
					if cs := model.LookupConfigSite(mf); cs != nil {
						site.Ctor, site.CtorName = cs, ShortName(mf)
					}
				}
			}
		}
		ev.send.Attrs, ev.send.Note = s.finalize(ct, ev, attrs)
		site.Sends = append(site.Sends, ev.send)
	}
	slices.SortStableFunc(site.Sends, func(a, b *Send) int { return int(a.Pos - b.Pos) })
	s.sites = append(s.sites, site)
	return site
}

type token2 struct {
	pos  token.Pos
	desc string
}

// finalize applies the sender's and the type's adjustments to the
// attributes a cookie has at a send.
func (s *cookieScan) finalize(ct *model.CookieType, ev sendEv, attrs Attrs) (Attrs, string) {
	attrs = attrs.clone()
	note := ""
	if snd := ev.sender; snd != nil {
		if snd.SameSiteFrom != "" && ev.recv != nil {
			ss := attrs.Get(model.AttrSameSite)
			from, found := s.sameSiteBefore(ev.instr, ev.recv)
			mw := s.middlewareSetsSameSite()
			takes := ss.Known() && (ss.Value == model.SameDefaultMode ||
				!snd.SameSiteOnlyIfDefaultMode && ss.Value == model.SameUnset)
			switch {
			case takes && found:
				attrs[model.AttrSameSite] = from
			case takes && mw:
				attrs[model.AttrSameSite] = AttrValue{Origin: Dynamic}
			case takes:
				attrs[model.AttrSameSite] = AttrValue{Origin: Default, Value: model.SameUnset}
			case snd.SameSiteOnlyIfDefaultMode && ss.Known() && ss.Value == model.SameUnset && (found || mw):
				note = "SetCookieData keeps a zero SameSite even after SetSameSite; only http.SameSiteDefaultMode takes the context's SameSite"
			}
		}
		if c, ok := ev.instr.(ssa.CallInstruction); ok && snd.OptionsArg > 0 {
			_, first, _ := funcOf(c.Common())
			s.applyOptions(attrs, c.Common(), first, snd.OptionsArg, snd.Options, snd.Func)
		}
		applyDefaults(attrs, snd.Defaults)
	}
	finishAttrs(ct, attrs)
	if why := attrs.Get(model.AttrSecure).Why; why != "" && note == "" {
		note = why
	}
	return attrs, note
}

// finishAttrs applies a cookie type's defaults, overrides and forced
// attributes.
func finishAttrs(ct *model.CookieType, attrs Attrs) {
	if ct == nil {
		return
	}
	for _, o := range ct.Overrides {
		k := overrideAttr(o.Field)
		v := attrs.Get(k)
		delete(attrs, k)
		switch {
		case !v.Known():
			for a := range o.Attrs {
				attrs[a] = AttrValue{Origin: Dynamic, Pos: v.Pos}
			}
		case v.IsTrue():
			for a, val := range o.Attrs {
				attrs[a] = AttrValue{Origin: Default, Value: val, Pos: v.Pos}
			}
		}
	}
	applyDefaults(attrs, ct.Defaults)
	if ss := attrs.Get(model.AttrSameSite); ss.Known() && ss.Value == model.SameDisabled {
		attrs[model.AttrSameSite] = AttrValue{Origin: ss.Origin, Value: model.SameUnset, Pos: ss.Pos}
	}
	secure := attrs.Get(model.AttrSecure)
	if secure.IsOff() {
		if ss := attrs.Get(model.AttrSameSite); ct.NoneForcesSecure && ss.Known() && ss.Value == model.SameNone {
			attrs[model.AttrSecure] = AttrValue{Origin: Default, Value: model.True}
		}
		if ct.PartitionedForcesSecure && attrs.Get(model.AttrPartitioned).IsTrue() {
			attrs[model.AttrSecure] = AttrValue{Origin: Default, Value: model.True}
		}
	}
}

// applyDefaults gives attributes left unset, or set to the empty string,
// the library's default (fiber's SameSite "" is Lax, gin's Path "" is
// "/"). A boolean set to false stays false.
func applyDefaults(attrs Attrs, defaults model.Attrs) {
	for a, def := range defaults {
		v := attrs.Get(a)
		switch {
		case v.Origin == Unset:
			attrs[a] = AttrValue{Origin: Default, Value: def}
		case v.Origin == Const && v.Value == "" && def != "":
			attrs[a] = AttrValue{Origin: Default, Value: def, Pos: v.Pos}
		}
	}
}
