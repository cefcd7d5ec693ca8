package cookies

import (
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
)

// isSameSiteSetter reports whether f is a framework's SameSite setter
// named by a positional setter or sender of the model (gin SetSameSite).
func isSameSiteSetter(f model.Func) bool {
	for _, lib := range model.All {
		if lib.Cookies == nil {
			continue
		}
		for _, p := range lib.Cookies.Positional {
			if p.SameSiteFrom == f.Name && p.Func.Pkg == f.Pkg && p.Func.Recv == f.Recv {
				return true
			}
		}
		for _, snd := range lib.Cookies.Senders {
			if snd.SameSiteFrom == f.Name && snd.Func.Pkg == f.Pkg && snd.Func.Recv == f.Recv {
				return true
			}
		}
	}
	return false
}

// sameSiteOfCall reports whether c sets the SameSite of the framework
// context v (c is v.SetSameSite(x), or a call of a function whose summary
// says it calls it on the parameter v is passed as), and to what.
func (s *cookieScan) sameSiteOfCall(c ssa.CallInstruction, v ssa.Value) (AttrValue, bool) {
	common := c.Common()
	mf, first, named := funcOf(common)
	if named && receiver(common) == v && isSameSiteSetter(mf) && len(common.Args) > first {
		return attrValue(common.Args[first], model.AttrSameSite, model.SameSiteHTTP, false, c.Pos()), true
	}
	if callee := common.StaticCallee(); callee != nil && !common.IsInvoke() {
		sum := s.summaryOf(callee)
		for i, a := range common.Args {
			if a != v {
				continue
			}
			if p := sum.param(i); p != nil && p.SameSite != nil {
				return p.SameSite.attrValue(c), true
			}
		}
	}
	return AttrValue{}, false
}

// sameSiteBefore returns the SameSite that the last SetSameSite on recv
// dominating at gives.
func (s *cookieScan) sameSiteBefore(at ssa.Instruction, recv ssa.Value) (AttrValue, bool) {
	refs := recv.Referrers()
	if refs == nil {
		return AttrValue{}, false
	}
	var best ssa.Instruction
	var val AttrValue
	for _, r := range *refs {
		c, ok := r.(ssa.CallInstruction)
		if !ok || !ssautil.Dominates(c, at) {
			continue
		}
		v, ok := s.sameSiteOfCall(c, recv)
		if !ok {
			continue
		}
		if best == nil || ssautil.Dominates(best, c) {
			best, val = c, v
		}
	}
	return val, best != nil
}

// middlewareSetsSameSite reports whether a function of the package sets
// a context's SameSite and then calls Next on it: a middleware whose
// SameSite the handlers after it inherit, out of this analysis's sight.
func (s *cookieScan) middlewareSetsSameSite() bool {
	if s.middleware != nil {
		return *s.middleware
	}
	found := false
	s.eachCall(func(c ssa.CallInstruction) {
		recv := receiver(c.Common())
		if recv == nil {
			return
		}
		if _, ok := s.sameSiteOfCall(c, recv); !ok {
			return
		}
		if refs := recv.Referrers(); refs != nil {
			for _, r := range *refs {
				if n, ok := r.(ssa.CallInstruction); ok && receiver(n.Common()) == recv {
					if mf, _, ok := funcOf(n.Common()); ok && mf.Name == "Next" {
						found = true
					}
				}
			}
		}
	})
	s.middleware = &found
	return found
}

// positionalSites adds a site for every call of a positional cookie
// setter (gin's SetCookie).
func (s *cookieScan) positionalSites() {
	s.eachCall(func(c ssa.CallInstruction) {
		mf, first, named := funcOf(c.Common())
		if !named {
			return
		}
		ps := model.LookupPositional(mf)
		if ps == nil {
			return
		}
		s.positionalSite(c, mf, first, ps)
	})
}

// unbox returns the value an interface conversion wraps (the elements of
// an ...interface{} argument).
func unbox(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

func (s *cookieScan) positionalSite(c ssa.CallInstruction, mf model.Func, first int, ps *model.PositionalSetter) {
	ce := s.calls[c.Pos()]
	if ce == nil {
		return
	}
	common := c.Common()
	attrs := Attrs{}
	var extra []ssa.Value // the elements of the variadic argument
	spread := false       // others... : the elements cannot be told
	if ps.Variadic > 0 && first+ps.Variadic < len(common.Args) {
		if sl, ok := common.Args[first+ps.Variadic].(*ssa.Slice); ok {
			extra, ok = variadic.Elems(sl)
			spread = !ok
		} else if c, ok := common.Args[first+ps.Variadic].(*ssa.Const); !ok || !c.IsNil() {
			spread = true
		}
	}
	for attr, i := range ps.Args {
		inVariadic := ps.Variadic > 0 && i >= ps.Variadic
		if inVariadic && spread {
			attrs[attr] = AttrValue{Origin: Dynamic}
			continue
		}
		if i >= len(ce.Args) {
			continue
		}
		var arg ssa.Value
		switch {
		case inVariadic:
			if k := i - ps.Variadic; k < len(extra) {
				arg = unbox(extra[k])
			}
		case first+i < len(common.Args):
			arg = common.Args[first+i]
		}
		if arg == nil {
			continue
		}
		attrs[attr] = attrValue(arg, attr, ps.SameSite, false, ce.Args[i].Pos())
	}
	if ps.SameSiteFrom != "" {
		if recv := receiver(common); recv != nil {
			if v, ok := s.sameSiteBefore(c, recv); ok {
				attrs[model.AttrSameSite] = v
			} else if s.middlewareSetsSameSite() {
				attrs[model.AttrSameSite] = AttrValue{Origin: Dynamic}
			}
		}
	}
	applyDefaults(attrs, ps.Defaults)
	if ps.OptionsArg > 0 {
		s.applyOptions(attrs, common, first, ps.OptionsArg, ps.Options, mf)
		if len(ps.OptionsFields) > 0 {
			s.applyOptionsStruct(attrs, common, first, ps)
		}
	}
	s.sites = append(s.sites, &Site{
		Kind: KindPositional, Lib: model.Lookup(mf.Pkg), Setter: ps,
		Pos: ce.Pos(), End: ce.End(), Call: ce, File: s.fileOf(ce.Pos()), Fn: c.Parent(),
		Sends: []*Send{{Use: UseBrowser, Pos: ce.Pos(), Desc: ShortName(mf), Attrs: attrs}},
	})
}
