package cookies

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// maxDepth bounds how far a returned cookie is followed up the callers.
const maxDepth = 6

// frame is a function the cookie flows through. The root frame holds the
// literal (or, in a summary, the parameter); a child frame is a caller the
// cookie was returned to, through the return instruction ret of its parent.
type frame struct {
	fn     *ssa.Function
	parent *frame
	ret    ssa.Instruction
	depth  int
}

func (f *frame) onChain(fn *ssa.Function) bool {
	for ; f != nil; f = f.parent {
		if f.fn == fn {
			return true
		}
	}
	return false
}

// chain returns the frames from the root to f.
func (f *frame) chain() []*frame {
	var out []*frame
	for ; f != nil; f = f.parent {
		out = append(out, f)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// write is an assignment of an attribute.
type write struct {
	attr  model.Attr
	val   AttrValue
	instr ssa.Instruction
	fr    *frame
}

// sendEv is a place the cookie goes.
type sendEv struct {
	send  *Send
	instr ssa.Instruction
	fr    *frame
	// sender is the modelled sender, for its own adjustments; recv the
	// receiver of the sending call (gin's context).
	sender *model.Sender
	recv   ssa.Value
	// extra are attribute writes a summarised callee makes before it
	// sends the cookie.
	extra []write
}

// flow follows one cookie object (a literal, or a parameter for a
// summary) through SSA and records what happens to it.
type flow struct {
	s  *cookieScan
	ct *model.CookieType
	// summary: following a parameter; returns are not followed and
	// nothing is presumed.
	summary bool

	writes []write
	sends  []sendEv
	// opaque is set when the cookie reaches code that cannot be followed.
	opaque bool

	visited map[visitKey]bool
	values  map[ssa.Value]bool
}

type visitKey struct {
	fr *frame
	v  ssa.Value
}

func (s *cookieScan) newFlow(ct *model.CookieType, summary bool) *flow {
	return &flow{s: s, ct: ct, summary: summary, visited: map[visitKey]bool{}, values: map[ssa.Value]bool{}}
}

func (f *flow) visit(fr *frame, v ssa.Value) bool {
	k := visitKey{fr, v}
	if f.visited[k] {
		return false
	}
	f.visited[k] = true
	f.values[v] = true
	return true
}

// overrideAttr is the pseudo-attribute recording a CookieType.Override's
// boolean field.
func overrideAttr(field string) model.Attr { return model.Attr("override:" + field) }

// fieldAttrs lists the attributes the type can set, for opaque events.
func (f *flow) fieldAttrs() []model.Attr {
	var out []model.Attr
	for _, a := range allAttrs {
		if _, ok := f.ct.Fields[a]; ok {
			out = append(out, a)
		} else if _, ok := f.ct.Negated[a]; ok {
			out = append(out, a)
		}
	}
	for _, o := range f.ct.Overrides {
		out = append(out, overrideAttr(o.Field))
	}
	return out
}

func (f *flow) addWrite(fr *frame, attr model.Attr, val AttrValue, instr ssa.Instruction) {
	f.writes = append(f.writes, write{attr: attr, val: val, instr: instr, fr: fr})
}

// makeOpaque records that code SSA cannot follow may set any attribute at
// instr.
func (f *flow) makeOpaque(fr *frame, instr ssa.Instruction) {
	f.opaque = true
	for _, a := range f.fieldAttrs() {
		f.addWrite(fr, a, AttrValue{Origin: Dynamic, Pos: instr.Pos()}, instr)
	}
}

// ptr follows a pointer to the cookie struct.
func (f *flow) ptr(fr *frame, v ssa.Value) {
	if !f.visit(fr, v) {
		return
	}
	for _, r := range ssautil.Referrers(v) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.X == v {
				f.field(fr, r)
			}
		case *ssa.UnOp:
			if r.Op == token.MUL && r.X == v {
				f.val(fr, r)
			}
		case *ssa.Store:
			if r.Addr == v {
				// A whole value stored into the cookie's variable: our
				// own copy, or something else replacing it.
				if !f.values[r.Val] {
					f.makeOpaque(fr, r)
				}
			} else if r.Val == v {
				f.stored(fr, r)
			}
		case ssa.CallInstruction:
			f.call(fr, r, v, true)
		case *ssa.Phi:
			f.ptr(fr, r)
		case *ssa.ChangeType:
			f.ptr(fr, r)
		case *ssa.Return:
			f.ret(fr, r, v)
		case *ssa.MakeClosure:
			// Captured by a closure that may change it at any time.
			f.makeOpaque(fr, r)
		}
	}
}

// val follows a copy of the cookie struct.
func (f *flow) val(fr *frame, v ssa.Value) {
	if !f.visit(fr, v) {
		return
	}
	for _, r := range ssautil.Referrers(v) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == v {
				f.stored(fr, r)
			}
		case ssa.CallInstruction:
			f.call(fr, r, v, false)
		case *ssa.Phi:
			f.val(fr, r)
		case *ssa.ChangeType:
			f.val(fr, r)
		case *ssa.Return:
			f.ret(fr, r, v)
		}
	}
}

// field handles the address of one field of the cookie.
func (f *flow) field(fr *frame, fa *ssa.FieldAddr) {
	for _, w := range fieldWrites(f.ct, fa) {
		w.fr = fr
		f.writes = append(f.writes, w)
	}
}

// stored handles the cookie (pointer or value) being stored at st.Addr.
func (f *flow) stored(fr *frame, st *ssa.Store) {
	switch addr := st.Addr.(type) {
	case *ssa.Alloc:
		if isPointer(st.Val.Type()) {
			// A local variable holding the pointer: its loads are the
			// cookie again.
			f.slotLoads(fr, addr, st)
		} else {
			// A local variable holding a copy.
			f.ptr(fr, addr)
		}
	case *ssa.IndexAddr:
		if arr, ok := addr.X.(*ssa.Alloc); ok {
			f.container(fr, arr)
		}
	case *ssa.Global:
		if isPointer(st.Val.Type()) {
			// A package variable holding the cookie, set and sent in one
			// function (cookieInSystem = &http.Cookie{...}; then
			// http.SetCookie(w, cookieInSystem)): its loads there that
			// the store dominates are the cookie again.
			for _, l := range f.s.locLoads[locationOf(addr)] {
				if instr, ok := l.(ssa.Instruction); ok && instr.Parent() == fr.fn && ssautil.Dominates(st, instr) {
					f.ptr(fr, l)
				}
			}
		}
	case *ssa.FieldAddr:
		if f.ct.Session && !f.s.replaceableDefault(addr) && !detachedSession(addr.X) {
			// A session configuration installed in a store or session
			// (store.Options = &sessions.Options{...}).
			f.configured(fr, st, "")
		}
	}
	// Other destinations (globals, maps, heap structs) hide the cookie:
	// it is not followed further.
}

func isSlice(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

// detachedSession reports whether v is a session a library call handed out
// without being given a request, a response or a framework's context
// (hertz-contrib's redis.LoadSessionBySessionId(store, id)): the server
// edits a stored session, and no cookie of it goes to a browser.
func detachedSession(v ssa.Value) bool {
	var call *ssa.Call
	if ex, ok := v.(*ssa.Extract); ok {
		call, _ = ex.Tuple.(*ssa.Call)
	} else {
		call, _ = v.(*ssa.Call)
	}
	if call == nil {
		return false
	}
	if tn, ok := model.TypeNameOf(v.Type()); !ok || model.SessionLibrary(tn) == nil {
		return false // a store, not a session
	}
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || model.Lookup(callee.Pkg.Pkg.Path()) == nil {
		return false
	}
	for _, a := range call.Call.Args {
		if tn, ok := model.TypeNameOf(a.Type()); ok && (tn.Pkg == "net/http" || tn.Pkg == "context" || model.IsRequestType(tn)) {
			return false
		}
	}
	return true
}

// replaceableDefault reports whether the field at addr, of a struct type of
// the application's own, is also assigned elsewhere in the package a
// configuration that is not a literal (a setter's parameter, a converted
// value: c.kvStore.Options = options.ToGorillaOptions()), or any
// configuration on what the function holding addr returned (s :=
// NewRedisStore(...); s.Options = &sessions.Options{...}): a configuration
// literal stored there is the default of a store the application builds
// itself, which its callers replace; it is not presumed sent.
func (s *cookieScan) replaceableDefault(addr *ssa.FieldAddr) bool {
	obj := locationOf(addr)
	if obj == nil || obj.Pkg() == nil || model.Lookup(obj.Pkg().Path()) != nil {
		return false
	}
	for _, st := range s.locStores[obj] {
		if literalAlloc(st.Val) == nil {
			return true
		}
		if fa, ok := st.Addr.(*ssa.FieldAddr); ok && fa != addr && resultOf(fa.X, addr.Parent()) {
			return true
		}
	}
	return false
}

// resultOf reports whether v is what a call of fn returned.
func resultOf(v ssa.Value, fn *ssa.Function) bool {
	if x, ok := v.(*ssa.Extract); ok {
		v = x.Tuple
	}
	call, ok := v.(*ssa.Call)
	return ok && fn != nil && call.Call.StaticCallee() == fn
}

// slotLoads follows the loads of a local variable's cell that st, which
// stores the cookie there, may precede: not a load on a path that left
// before it (a function with defers spills its results to such a cell,
// and its early `return nil, err` loads it too).
func (f *flow) slotLoads(fr *frame, slot *ssa.Alloc, st *ssa.Store) {
	if !f.visit(fr, slot) {
		return
	}
	slotLoads(slot,
		func(l *ssa.UnOp) {
			if f.s.precedes(st, l) {
				f.ptr(fr, l)
			}
		},
		func(mc *ssa.MakeClosure) { f.makeOpaque(fr, mc) })
}

// container follows a local array (a slice literal, a variadic argument)
// the cookie was stored into.
func (f *flow) container(fr *frame, arr *ssa.Alloc) {
	if !f.visit(fr, arr) {
		return
	}
	for _, r := range ssautil.Referrers(arr) {
		switch r := r.(type) {
		case *ssa.Slice:
			if r.X == arr {
				f.slice(fr, r)
			}
		case *ssa.IndexAddr:
			if r.X == arr {
				f.element(fr, r)
			}
		}
	}
}

// slice follows a slice holding the cookie: its elements read back
// (cookies[i], for _, c := range cookies), append's result, the slice
// returned to callers, and calls given it.
func (f *flow) slice(fr *frame, v ssa.Value) {
	if !f.visit(fr, v) {
		return
	}
	for _, r := range ssautil.Referrers(v) {
		switch r := r.(type) {
		case *ssa.Call:
			if b, ok := r.Call.Value.(*ssa.Builtin); ok {
				if b.Name() == "append" {
					f.slice(fr, r)
				}
				continue
			}
			f.call(fr, r, v, false)
		case ssa.CallInstruction:
			f.call(fr, r, v, false)
		case *ssa.Phi:
			f.slice(fr, r)
		case *ssa.IndexAddr:
			if r.X == v {
				f.element(fr, r)
			}
		case *ssa.Return:
			f.ret(fr, r, v)
		}
	}
}

// element follows an element of an array or slice holding the cookie
// where it is read back (cs[i], a range), not where it is filled: the
// cookie itself for a slice of cookies, what is loaded from the slot for
// a slice of pointers.
func (f *flow) element(fr *frame, idx *ssa.IndexAddr) {
	refs := ssautil.Referrers(idx)
	for _, r := range refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == idx {
			return
		}
	}
	p, ok := idx.Type().Underlying().(*types.Pointer)
	if !ok || !isPointer(p.Elem()) {
		f.ptr(fr, idx)
		return
	}
	for _, r := range refs {
		if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL && load.X == idx {
			f.ptr(fr, load)
		}
	}
}

// call handles the cookie passed to a call as operand v.
func (f *flow) call(fr *frame, c ssa.CallInstruction, v ssa.Value, isPtr bool) {
	common := c.Common()
	var idxs []int
	for i, a := range common.Args {
		if a == v {
			idxs = append(idxs, i)
		}
	}
	if common.IsInvoke() && common.Value == v {
		// A method of an interface called on the cookie: not a modelled
		// cookie type's API.
		return
	}
	if len(idxs) == 0 {
		return
	}
	mf, first, named := funcOf(common)
	if attr, ok := setterAttr(f.ct, common); ok && idxs[0] == 0 && len(common.Args) == 2 {
		// A setter method called on the cookie: c.SetSecure(true).
		f.addWrite(fr, attr, attrValue(common.Args[1], attr, f.ct.SameSite, false, c.Pos()), c)
		return
	}
	if named {
		for _, i := range idxs {
			arg := i - first
			if snd := model.LookupSender(mf); snd != nil && snd.Arg == arg {
				f.sends = append(f.sends, sendEv{
					send:  &Send{Use: UseBrowser, Pos: c.Pos(), Desc: ShortName(mf)},
					instr: c, fr: fr, sender: snd, recv: receiver(common),
				})
				continue
			}
			if cs := model.LookupClientSide(mf); cs != nil && cs.Arg == arg {
				f.sends = append(f.sends, sendEv{
					send:  &Send{Use: UseClient, Pos: c.Pos(), Desc: ShortName(mf)},
					instr: c, fr: fr,
				})
				continue
			}
			if site := model.LookupConfigSite(mf); site != nil && site.ConfigArg == arg && f.ct.Session {
				if call, ok := c.(*ssa.Call); ok {
					f.s.consumed[call] = true
				}
				f.configured(fr, c, ShortName(mf))
				continue
			}
		}
		if mf.Pkg == "net/http" && mf.Recv == "Cookie" && mf.Name == "String" && first == 1 && idxs[0] == 0 {
			if call, ok := c.(*ssa.Call); ok {
				f.str(fr, call)
			}
			return
		}
		if lib := model.Lookup(mf.Pkg); lib != nil {
			if (f.ct.Session || configMethod(lib, mf.Name)) && (first == 1 || common.IsInvoke()) {
				// gin-contrib's store.Options(...) / session.Options(...),
				// nosurf's h.SetBaseCookie(http.Cookie{...}): the library
				// takes the configuration.
				f.configured(fr, c, ShortName(mf))
			}
			// Library code does not change the application's cookie.
			return
		}
	}
	if callee := common.StaticCallee(); callee != nil && !common.IsInvoke() {
		sum := f.s.summaryOf(callee)
		if sum == nil {
			return
		}
		for _, p := range sum.forArgs(common.Args, v) {
			f.apply(fr, c, p, isPtr)
		}
		return
	}
	if isPtr {
		// A function value or an interface method may do anything.
		f.makeOpaque(fr, c)
	}
}

// configMethod reports whether name is the method through which one of
// lib's constructors is configured after construction (ConfigVia "X()").
func configMethod(lib *model.Library, name string) bool {
	if lib.Cookies == nil {
		return false
	}
	for _, cs := range lib.Cookies.Constructors {
		if cs.ConfigVia == name+"()" {
			return true
		}
	}
	return false
}

// apply applies a callee's summary for the parameter the cookie is passed
// as.
func (f *flow) apply(fr *frame, c ssa.CallInstruction, p *ParamEffect, isPtr bool) {
	var extra []write
	if isPtr {
		for _, w := range p.Writes {
			wr := write{attr: w.Attr, val: w.attrValue(c), instr: c, fr: fr}
			extra = append(extra, wr)
			f.writes = append(f.writes, wr)
		}
		if p.Opaque {
			f.makeOpaque(fr, c)
		}
	}
	for _, s := range p.Sends {
		f.sends = append(f.sends, sendEv{
			send:  &Send{Use: s.Use, Pos: c.Pos(), Desc: s.Desc, Presumed: s.Presumed},
			instr: c, fr: fr, extra: extra,
		})
	}
}

// str follows the result of c.String(): a Set-Cookie header value.
func (f *flow) str(fr *frame, call *ssa.Call) {
	send := func(instr ssa.Instruction, desc string) {
		f.sends = append(f.sends, sendEv{
			send:  &Send{Use: UseBrowser, Pos: instr.Pos(), Desc: desc},
			instr: instr, fr: fr,
		})
	}
	for _, r := range ssautil.Referrers(call) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == call && isSetCookieField(r.Addr) {
				send(r, "a Set-Cookie header field")
			}
		case ssa.CallInstruction:
			if sent, _ := f.s.headerValue(r.Common(), call); sent {
				send(r, "a Set-Cookie header")
				continue
			}
			// ptr(c.String()) into a response's header field.
			if res, ok := r.(*ssa.Call); ok && isStringOrPointer(res.Type()) {
				for _, rr := range ssautil.Referrers(res) {
					if st, ok := rr.(*ssa.Store); ok && st.Val == res && isSetCookieField(st.Addr) {
						send(st, "a Set-Cookie header field")
					}
				}
			}
		}
	}
}

// isSetCookieField reports whether addr is a struct field named for the
// Set-Cookie header (SetCookie, Set_Cookie): the response types generated
// from an API description (oapi-codegen's strict servers) carry headers
// in such fields, and the generated code writes them.
func isSetCookieField(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return false
	}
	st, ok := ssautil.StructOf(fa.X.Type())
	if !ok || fa.Field >= st.NumFields() {
		return false
	}
	name := strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(st.Field(fa.Field).Name()))
	return name == "setcookie"
}

// isStringOrPointer reports whether t is a string or a pointer to one.
func isStringOrPointer(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// configured records that a session configuration is installed (in a
// store, a session, a constructor): its cookie goes to browsers. In a
// summary, the parameter's configuration is the caller's literal (an
// application's own store constructor taking fiber's Config).
func (f *flow) configured(fr *frame, instr ssa.Instruction, via string) {
	desc := "configures the session cookie"
	if via != "" {
		desc = "configures the session cookie of " + via
	}
	f.sends = append(f.sends, sendEv{
		send:  &Send{Use: UseBrowser, Pos: instr.Pos(), Desc: desc, Presumed: true},
		instr: instr, fr: fr,
	})
}

// ret follows the cookie returned from fr.fn to the callers in the
// package, and presumes it sent when other code may call fr.fn.
func (f *flow) ret(fr *frame, r *ssa.Return, v ssa.Value) {
	if f.summary || ssautil.AfterPanic(r) {
		return // (the recover block returns the cookie only after a panic)
	}
	idx := -1
	for i, res := range r.Results {
		if res == v {
			idx = i
		}
	}
	if idx < 0 {
		return
	}
	fn := fr.fn
	if f.s.external[fn] && f.s.referencedElsewhere(fn) {
		f.sends = append(f.sends, sendEv{
			send:  &Send{Use: UseBrowser, Pos: r.Pos(), Desc: "returned by " + fn.Name(), Presumed: true},
			instr: r, fr: fr,
		})
	}
	if fr.depth >= maxDepth {
		return
	}
	for _, cs := range f.s.callers[fn] {
		call, ok := cs.(*ssa.Call)
		if !ok || fr.onChain(call.Parent()) {
			continue
		}
		child := &frame{fn: call.Parent(), parent: fr, ret: r, depth: fr.depth + 1}
		for _, res := range callResults(call, idx, len(r.Results)) {
			switch {
			case isPointer(res.Type()):
				f.ptr(child, res)
			case isSlice(res.Type()):
				f.slice(child, res)
			default:
				f.val(child, res)
			}
		}
	}
}

// attrsAt computes the attributes of the cookie at a send.
func (f *flow) attrsAt(ev sendEv) Attrs {
	cur := Attrs{}
	chain := ev.fr.chain()
	touched := map[model.Attr]bool{}
	for _, w := range f.writes {
		touched[w.attr] = true
	}
	for i, fr := range chain {
		exit := ev.instr
		if i+1 < len(chain) {
			exit = chain[i+1].ret
		}
		for attr := range touched {
			var ws []write
			for _, w := range f.writes {
				if w.fr == fr && w.attr == attr {
					ws = append(ws, w)
				}
			}
			if len(ws) > 0 {
				cur[attr] = f.s.segment(cur.Get(attr), ws, exit)
			}
		}
	}
	for _, w := range ev.extra {
		cur[w.attr] = w.val
	}
	return cur
}

// segment computes an attribute's value at exit given its value cur on
// entry to the function and the writes ws made in it.
func (s *cookieScan) segment(cur AttrValue, ws []write, exit ssa.Instruction) AttrValue {
	var relevant, dom []write
	for _, w := range ws {
		if w.instr == exit || !s.precedes(w.instr, exit) {
			continue
		}
		relevant = append(relevant, w)
		if ssautil.Dominates(w.instr, exit) {
			dom = append(dom, w)
		}
	}
	if len(dom) > 0 {
		// The last write on every path: dominated by all the others.
		last := dom[0]
		for _, w := range dom[1:] {
			if ssautil.Dominates(last.instr, w.instr) {
				last = w
			}
		}
		cur = last.val
		for _, w := range relevant {
			if w.instr != last.instr && s.precedes(last.instr, w.instr) && !sameValue(w.val, cur) {
				return AttrValue{Origin: Dynamic, Pos: w.val.Pos}
			}
		}
		return cur
	}
	for _, w := range relevant {
		if !sameValue(w.val, cur) {
			return AttrValue{Origin: Dynamic, Pos: w.val.Pos}
		}
	}
	return cur
}

func sameValue(a, b AttrValue) bool {
	return a.Known() && b.Known() && a.Value == b.Value
}
