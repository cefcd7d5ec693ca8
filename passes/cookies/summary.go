package cookies

import (
	"fmt"
	"go/constant"
	"go/types"
	"net/textproto"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// CookieParams is a fact on a function that sets attributes on, or sends,
// a cookie it receives as a parameter, or configures a session store it
// receives, or sets a framework context's SameSite (gin SetSameSite). It
// lets a cookie built in one package be hardened or sent by a helper in
// another.
type CookieParams struct {
	Params []ParamEffect
}

// AFact marks CookieParams as an analysis fact.
func (*CookieParams) AFact() {}

func (c *CookieParams) String() string {
	var parts []string
	for _, p := range c.Params {
		parts = append(parts, p.String())
	}
	return "cookieParams(" + strings.Join(parts, "; ") + ")"
}

func (c *CookieParams) param(i int) *ParamEffect {
	if c == nil {
		return nil
	}
	for k := range c.Params {
		if c.Params[k].Index == i {
			return &c.Params[k]
		}
	}
	return nil
}

// ParamEffect is what a function does to its parameter Index (counting
// the receiver of a method as 0, as SSA does).
type ParamEffect struct {
	Index int
	// Writes are the attributes the function sets on the cookie or the
	// store's configuration, sorted by attribute.
	Writes []ParamWrite
	// Sends are where the function sends the cookie.
	Sends []ParamSend
	// Opaque: the function passes the cookie or store to code that cannot
	// be followed.
	Opaque bool
	// SameSite is set when the function calls the framework's SameSite
	// setter on the parameter (gin's c.SetSameSite).
	SameSite *ParamWrite
	// HeaderNamedBy, for a string parameter, is 1 + the index of the
	// parameter that names the header the function writes it into
	// (ctx.AddHeader(key, value) doing Response.Header.Add(key, value));
	// 0 when none. A string written into a Set-Cookie header is in Sends.
	HeaderNamedBy int
}

func (p ParamEffect) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", p.Index)
	for _, w := range p.Writes {
		fmt.Fprintf(&b, " %s", w)
	}
	for _, s := range p.Sends {
		fmt.Fprintf(&b, " sends(%s)", s.Use)
	}
	if p.Opaque {
		b.WriteString(" opaque")
	}
	if p.SameSite != nil {
		fmt.Fprintf(&b, " setsSameSite=%s", *p.SameSite)
	}
	if p.HeaderNamedBy > 0 {
		fmt.Fprintf(&b, " header(%d)", p.HeaderNamedBy-1)
	}
	return b.String()
}

// ParamWrite is an attribute a function sets: to a constant Value, or to
// something unknown (Dynamic).
type ParamWrite struct {
	Attr    model.Attr
	Dynamic bool
	Value   model.Value
}

func (w ParamWrite) String() string {
	if w.Dynamic {
		return string(w.Attr) + "=?"
	}
	return fmt.Sprintf("%s=%q", w.Attr, w.Value)
}

func (w ParamWrite) attrValue(pos ssa.Instruction) AttrValue {
	if w.Dynamic {
		return AttrValue{Origin: Dynamic, Pos: pos.Pos()}
	}
	return AttrValue{Origin: Const, Value: w.Value, Pos: pos.Pos()}
}

// ParamSend is a place a function sends its cookie parameter.
type ParamSend struct {
	Use  Use
	Desc string
	// Presumed: the function installs the parameter as a session
	// configuration, whose cookie is presumed sent.
	Presumed bool
}

// summarizeAll computes the summary of every function of the package and
// exports the non-empty ones as facts.
func (s *cookieScan) summarizeAll() {
	for _, fn := range s.funcs {
		s.summaryOf(fn)
	}
}

// summaryOf returns the summary of fn: computed for a function of this
// package, imported as a fact otherwise; nil when it does nothing to its
// parameters (or is being computed: recursion).
func (s *cookieScan) summaryOf(fn *ssa.Function) *CookieParams {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if sum, ok := s.summaries[fn]; ok {
		return sum
	}
	obj, _ := fn.Object().(*types.Func)
	if fn.Pkg == nil || fn.Pkg.Pkg != s.pass.Pkg {
		if obj == nil {
			return nil
		}
		fact := new(CookieParams)
		if !s.pass.ImportObjectFact(obj, fact) {
			fact = nil
		}
		s.summaries[fn] = fact
		return fact
	}
	if s.inFlight[fn] || len(fn.Blocks) == 0 {
		return nil
	}
	s.inFlight[fn] = true
	sum := s.computeSummary(fn)
	delete(s.inFlight, fn)
	s.summaries[fn] = sum
	if sum != nil && obj != nil && obj.Pkg() == s.pass.Pkg && fn.Parent() == nil && fn.Synthetic == "" {
		s.pass.ExportObjectFact(obj, sum)
	}
	return sum
}

func (s *cookieScan) computeSummary(fn *ssa.Function) *CookieParams {
	var sum CookieParams
	for i, p := range fn.Params {
		var eff ParamEffect
		eff.Index = i
		if ct := cookieTypeOf(p.Type()); ct != nil {
			f := s.newFlow(ct, true)
			root := &frame{fn: fn}
			if isPointer(p.Type()) {
				f.ptr(root, p)
			} else {
				f.val(root, p)
			}
			eff.Writes = summarizeWrites(fn, f.writes)
			eff.Opaque = f.opaque
			for _, ev := range f.sends {
				eff.Sends = append(eff.Sends, ParamSend{Use: ev.send.Use, Desc: ev.send.Desc, Presumed: ev.send.Presumed})
			}
		} else if ssautil.IsString(p.Type()) {
			// A Set-Cookie value handed to a helper (GoAdmin-style
			// framework adapters: ctx.AddHeader("Set-Cookie", c.String())).
			sends, namedBy := s.headerWrites(fn, p)
			if sends {
				eff.Sends = append(eff.Sends, ParamSend{Use: UseBrowser, Desc: "a Set-Cookie header"})
			}
			eff.HeaderNamedBy = namedBy
		} else if via, ct := holderVia(p.Type()); via != "" {
			ri := &rootInfo{via: via, ct: ct, visited: map[ssa.Value]bool{}}
			s.trackRoot(ri, p)
			eff.Writes = summarizeWrites(fn, ri.writes)
			eff.Opaque = ri.opaque || ri.replacedOpaque || len(ri.replacedBy) > 0
		}
		if w, ok := s.sameSiteSetter(fn, p); ok {
			eff.SameSite = &w
		}
		if len(eff.Writes) > 0 || len(eff.Sends) > 0 || eff.Opaque || eff.SameSite != nil || eff.HeaderNamedBy > 0 {
			sum.Params = append(sum.Params, eff)
		}
	}
	if len(sum.Params) == 0 {
		return nil
	}
	return &sum
}

// summarizeWrites folds a function's writes to a parameter into one value
// per attribute: a constant when every write stores it and one of them
// happens on every path to a return, unknown otherwise.
func summarizeWrites(fn *ssa.Function, ws []write) []ParamWrite {
	byAttr := map[model.Attr][]write{}
	for _, w := range ws {
		byAttr[w.attr] = append(byAttr[w.attr], w)
	}
	rets := ssautil.Returns(fn)
	var out []ParamWrite
	for attr, list := range byAttr {
		same := true
		for _, w := range list {
			if !sameValue(w.val, list[0].val) {
				same = false
			}
		}
		always := false
		for _, w := range list {
			all := true
			for _, r := range rets {
				if !ssautil.Dominates(w.instr, r) {
					all = false
				}
			}
			always = always || all
		}
		if same && always {
			out = append(out, ParamWrite{Attr: attr, Value: list[0].val.Value})
		} else {
			out = append(out, ParamWrite{Attr: attr, Dynamic: true})
		}
	}
	slices.SortFunc(out, func(a, b ParamWrite) int { return strings.Compare(string(a.Attr), string(b.Attr)) })
	return out
}

// sameSiteSetter reports whether fn calls a framework's SameSite setter
// (gin SetSameSite) on its parameter p, and with what.
func (s *cookieScan) sameSiteSetter(fn *ssa.Function, p *ssa.Parameter) (ParamWrite, bool) {
	refs := p.Referrers()
	if refs == nil {
		return ParamWrite{}, false
	}
	for _, r := range *refs {
		c, ok := r.(ssa.CallInstruction)
		if !ok {
			continue
		}
		if v, ok := s.sameSiteOfCall(c, p); ok {
			w := ParamWrite{Attr: model.AttrSameSite, Dynamic: !v.Known(), Value: v.Value}
			return w, true
		}
	}
	return ParamWrite{}, false
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).Underlying().(*types.Pointer)
	return ok
}

// headerWrites follows the string parameter p of fn into header writes:
// sends is set when it becomes the value of a Set-Cookie header (directly
// or through a helper), namedBy is 1 + the index of the parameter naming
// the header it is written into, 0 when none.
func (s *cookieScan) headerWrites(fn *ssa.Function, p *ssa.Parameter) (sends bool, namedBy int) {
	for _, r := range ssautil.Referrers(p) {
		c, ok := r.(ssa.CallInstruction)
		if !ok {
			continue
		}
		sent, name := s.headerValue(c.Common(), p)
		switch {
		case sent:
			sends = true
		case name != nil:
			for i, q := range fn.Params {
				if q == name {
					namedBy = i + 1
				}
			}
		}
	}
	return sends, namedBy
}

// headerValue says what the call c does with the string v among its
// arguments: writes it as a Set-Cookie header (sent), or as the value of
// a header named by its argument name.
func (s *cookieScan) headerValue(c *ssa.CallCommon, v ssa.Value) (sent bool, name ssa.Value) {
	if isSetCookieHeader(c, v) {
		return true, nil
	}
	if mf, first, ok := funcOf(c); ok && mf.Pkg == "net/http" && mf.Recv == "Header" && (mf.Name == "Set" || mf.Name == "Add") &&
		len(c.Args) == first+2 && c.Args[first+1] == v {
		return false, c.Args[first]
	}
	callee := c.StaticCallee()
	if callee == nil || c.IsInvoke() {
		return false, nil
	}
	sum := s.summaryOf(callee)
	for _, eff := range sum.forArgs(c.Args, v) {
		if len(eff.Sends) > 0 {
			return true, nil
		}
		if i := eff.HeaderNamedBy - 1; i >= 0 && i < len(c.Args) {
			if isSetCookieName(c.Args[i]) {
				return true, nil
			}
			name = c.Args[i]
		}
	}
	return false, name
}

// isSetCookieName reports whether v is the constant "Set-Cookie" (any
// case).
func isSetCookieName(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.String &&
		textproto.CanonicalMIMEHeaderKey(constant.StringVal(k.Value)) == "Set-Cookie"
}
