package cookies

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// rootInfo follows a session store or manager (or a parameter holding
// one) to the writes of its cookie configuration.
type returnedRoot struct {
	fn  *ssa.Function
	idx int
}

type rootInfo struct {
	lib  *model.Library
	site *model.ConfigSite
	name string
	call *ssa.Call
	// via is how the configuration is reached: a field name ("Options",
	// "Cookie") or a method ("Options()"); ct is its type.
	via string
	ct  *model.CookieType

	writes []write
	// replacedBy are the literals that replace the whole configuration;
	// replacedOpaque is set when something else does.
	replacedBy     []*ssa.Alloc
	replacedOpaque bool
	// opaque: the store reaches code that may configure it unseen.
	opaque bool
	// sessions are the sessions obtained from the store in the package
	// (store.Get); handedOut is set when the store also goes where
	// sessions may be obtained from it unseen (see saved.go).
	sessions  []ssa.Value
	handedOut bool
	// saved: the root itself (a session a PerSession constructor made) is
	// saved in the package; filled: something is written into its values
	// (a session saved empty is a logout's overwrite, no cookie to judge).
	saved, filled bool
	// returned are the functions that return the root, with the result
	// index: a session made for their callers to configure and save.
	returned []returnedRoot

	visited map[ssa.Value]bool
}

// holderVia returns how a value of type t holds a session cookie
// configuration: a field of a modelled configuration type (gorilla
// stores' and sessions' Options, scs's Cookie) or a modelled library
// interface with an Options(config) method (gin-contrib stores).
func holderVia(t types.Type) (string, *model.CookieType) {
	if st, ok := ssautil.StructOf(t); ok && isPointer(t) {
		for i := range st.NumFields() {
			fld := st.Field(i)
			if ct := cookieTypeOf(fld.Type()); ct != nil && ct.Session {
				return fld.Name(), ct
			}
		}
		return "", nil
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || model.Lookup(named.Obj().Pkg().Path()) == nil {
		return "", nil
	}
	if iface, ok := named.Underlying().(*types.Interface); ok {
		for m := range iface.Methods() {
			sig := m.Type().(*types.Signature)
			if m.Name() == "Options" && sig.Params().Len() == 1 {
				if ct := cookieTypeOf(sig.Params().At(0).Type()); ct != nil && ct.Session {
					return "Options()", ct
				}
			}
		}
	}
	return "", nil
}

// collectRoots follows every store or manager constructor that is
// configured after construction (ConfigArg -1) and claims the literals
// that replace its configuration.
func (s *cookieScan) collectRoots() []*rootInfo {
	var roots []*rootInfo
	for _, fn := range s.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				mf, _, named := funcOf(&call.Call)
				if !named {
					continue
				}
				site := model.LookupConfigSite(mf)
				var made *SessionMade
				if site == nil {
					if made = s.sessionMade(call); made != nil {
						site = model.LookupConfigSite(made.Site)
					}
				}
				if site == nil || site.ConfigArg >= 0 {
					continue
				}
				ri := &rootInfo{lib: model.Lookup(site.Func.Pkg), site: site, name: ShortName(mf), call: call,
					via: site.ConfigVia, visited: map[ssa.Value]bool{}}
				rt := call.Type()
				if tup, ok := rt.(*types.Tuple); ok && tup.Len() > 0 {
					i := 0
					if made != nil && made.Result < tup.Len() {
						i = made.Result
					}
					rt = tup.At(i).Type()
				}
				if _, ct := holderVia(rt); ct != nil {
					ri.ct = ct
				} else if site.ConfigType.Name != "" {
					ri.ct = model.LookupCookieType(site.ConfigType) // replaced whole by a method (nosurf's SetBaseCookie)
				}
				if made != nil {
					// The helper's own writes, then the caller's.
					for _, w := range made.Writes {
						ri.writes = append(ri.writes, write{attr: w.Attr, val: w.attrValue(call), instr: call})
					}
					for _, res := range callResults(call, made.Result, resultCount(call)) {
						s.trackRoot(ri, res)
					}
				} else {
					s.trackRoot(ri, call)
				}
				for _, a := range ri.replacedBy {
					s.claimed[a] = ri
				}
				roots = append(roots, ri)
			}
		}
	}
	return roots
}

func (ri *rootInfo) visit(v ssa.Value) bool {
	if ri.visited[v] {
		return false
	}
	ri.visited[v] = true
	return true
}

// trackRoot follows the store v (and its aliases) to the writes of its
// configuration.
func (s *cookieScan) trackRoot(ri *rootInfo, v ssa.Value) {
	if !ri.visit(v) {
		return
	}
	for _, r := range ssautil.Referrers(v) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.X != v {
				continue
			}
			if st, ok := ssautil.StructOf(r.X.Type()); ok && r.Field < st.NumFields() && st.Field(r.Field).Name() == ri.via {
				if ri.ct == nil {
					ri.ct = cookieTypeOf(st.Field(r.Field).Type())
				}
				s.viaField(ri, r)
			} else if f, ok := ssautil.FieldOf(r); ok && model.LookupSinkField(f) != nil && len(ssautil.Referrers(r)) > 0 {
				ri.filled = true // s.Values[k] = v
			}
		case *ssa.Store:
			if r.Val != v {
				continue
			}
			s.rootStored(ri, r)
		case *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.TypeAssert:
			s.trackRoot(ri, r.(ssa.Value))
		case *ssa.Extract:
			// The store, not the constructor's error: logging the error
			// (logger.Error("...", "error", err)) hands no store over.
			if !types.Identical(r.Type(), types.Universe.Lookup("error").Type()) {
				s.trackRoot(ri, r)
			}
		case ssa.CallInstruction:
			s.rootCall(ri, r, v)
		case *ssa.Return:
			s.rootReturned(ri, r, v)
		case *ssa.MakeClosure:
			// A method value of the library's own (r.Use(sm.LoadAndSave))
			// changes nothing; a closure may configure the store unseen.
			if !libraryMethodValue(r) {
				ri.opaque = true
			}
			ri.handedOut = true
		}
	}
	// A constructor with several results (fiber v3 NewWithStore): follow
	// the results through their Extracts above.
}

// libraryMethodValue reports whether c is a method value bound to a
// modelled library's method (sm.LoadAndSave, store.Get).
func libraryMethodValue(c *ssa.MakeClosure) bool {
	fn, ok := c.Fn.(*ssa.Function)
	if !ok || len(c.Bindings) != 1 || fn.Signature.Recv() != nil {
		return false
	}
	m, ok := fn.Object().(*types.Func)
	return ok && strings.HasSuffix(fn.Name(), "$bound") && m.Pkg() != nil && model.Lookup(m.Pkg().Path()) != nil
}

// rootStored follows the store kept in a variable, a package variable or
// a struct field: every load of it in the package is the store again.
func (s *cookieScan) rootStored(ri *rootInfo, st *ssa.Store) {
	switch addr := st.Addr.(type) {
	case *ssa.Alloc:
		slotLoads(addr,
			func(l *ssa.UnOp) { s.trackRoot(ri, l) },
			func(*ssa.MakeClosure) { ri.opaque = true })
	case *ssa.Global, *ssa.FieldAddr:
		obj := locationOf(addr)
		if obj == nil {
			ri.opaque = true
			return
		}
		for _, l := range s.locLoads[obj] {
			s.trackRoot(ri, l)
		}
		if obj.Exported() && s.pass.Pkg.Name() != "main" {
			ri.handedOut = true // other packages may obtain sessions from it
		}
		if g, ok := addr.(*ssa.Global); ok && obj.Exported() {
			s.configuredElsewhere(ri, g, st)
		}
	default:
		// In a map, a slice, a channel: configured out of sight maybe.
		ri.opaque = true
	}
}

// configuredElsewhere applies what the module's other packages assign to
// a store kept in an exported package variable (middleware.Store.Options.
// Secure = cfg.UseTLS in main): those attributes are set, to values this
// package cannot know; replacing the configuration or the store there
// makes it opaque.
func (s *cookieScan) configuredElsewhere(ri *rootInfo, g *ssa.Global, st *ssa.Store) {
	scan := modulescan.ForDir(modulescan.PackageDir(s.pass))
	if scan == nil {
		return
	}
	via := strings.TrimSuffix(ri.via, "()")
	for _, a := range scan.Assigned(s.pass.Pkg.Path()) {
		rest, ok := strings.CutPrefix(a.Path, g.Name())
		switch {
		case !ok:
		case rest == "", rest == "."+via:
			ri.opaque = true // the store or its whole configuration replaced
		case ri.ct != nil && strings.HasPrefix(rest, "."+via+"."):
			if attr, _, ok := attrOf(ri.ct, strings.TrimPrefix(rest, "."+via+".")); ok {
				ri.writes = append(ri.writes, write{attr: attr, val: AttrValue{Origin: Dynamic}, instr: st})
			}
		}
	}
}

// rootCall handles the store passed to, or the receiver of, a call.
func (s *cookieScan) rootCall(ri *rootInfo, c ssa.CallInstruction, v ssa.Value) {
	common := c.Common()
	mf, first, named := funcOf(common)
	if named && receiver(common) == v && strings.TrimSuffix(ri.via, "()") == mf.Name && strings.HasSuffix(ri.via, "()") {
		if len(common.Args) > first {
			if ri.ct == nil {
				ri.ct = cookieTypeOf(common.Args[first].Type())
			}
			s.replaced(ri, common.Args[first])
		}
		return
	}
	if s.storeOwnCall(ri, c, v) {
		return
	}
	if named {
		if site := model.LookupConfigSite(mf); site != nil && site.PerSession {
			return // NewSession(store, name): a session of its own options
		}
	}
	ri.handedOut = true
	if named && model.Lookup(mf.Pkg) != nil {
		// Registering the store with the library (sessions.Sessions,
		// session.Middleware) does not change its configuration.
		return
	}
	if !s.calleeConfigures(ri, c, v) {
		ri.opaque = true
	}
}

// calleeConfigures applies the summary of the function c calls to the
// store or configuration v passed to it: the attributes the callee sets,
// and whether it hands v to code that cannot be followed. It reports
// false, changing nothing, when c's callee is not static.
func (s *cookieScan) calleeConfigures(ri *rootInfo, c ssa.CallInstruction, v ssa.Value) bool {
	common := c.Common()
	callee := common.StaticCallee()
	if callee == nil || common.IsInvoke() {
		return false
	}
	for _, p := range s.summaryOf(callee).forArgs(common.Args, v) {
		for _, w := range p.Writes {
			ri.writes = append(ri.writes, write{attr: w.Attr, val: w.attrValue(c), instr: c})
		}
		ri.opaque = ri.opaque || p.Opaque
	}
	return true
}

// rootReturned follows a store returned by a helper to its callers in
// the package.
func (s *cookieScan) rootReturned(ri *rootInfo, r *ssa.Return, v ssa.Value) {
	fn := r.Parent()
	idx := slices.Index(r.Results, v)
	if idx < 0 {
		return
	}
	ri.handedOut = true
	ri.returned = append(ri.returned, returnedRoot{fn, idx})
	// A store returned by an exported helper is, like a cookie, presumed
	// used as configured here and by the callers in the package.
	for _, cs := range s.callers[fn] {
		call, ok := cs.(*ssa.Call)
		if !ok {
			continue
		}
		for _, res := range callResults(call, idx, len(r.Results)) {
			s.trackRoot(ri, res)
		}
	}
}

// viaField handles the address of the store's configuration field.
func (s *cookieScan) viaField(ri *rootInfo, fa *ssa.FieldAddr) {
	for _, r := range ssautil.Referrers(fa) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == fa {
				s.replaced(ri, r.Val)
			}
		case *ssa.UnOp:
			if r.Op == token.MUL && isPointer(r.Type()) {
				s.configPtr(ri, r)
			}
		case *ssa.FieldAddr:
			if r.X == fa {
				s.configField(ri, r)
			}
		case *ssa.DebugRef:
		default:
			ri.opaque = true
		}
	}
}

// configPtr follows a pointer to the configuration struct.
func (s *cookieScan) configPtr(ri *rootInfo, p ssa.Value) {
	if !ri.visit(p) {
		return
	}
	for _, r := range ssautil.Referrers(p) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if r.X == p {
				s.configField(ri, r)
			}
		case *ssa.Store:
			if r.Addr == p {
				s.replaced(ri, r.Val)
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.Phi:
			s.configPtr(ri, r)
		case ssa.CallInstruction:
			if !s.calleeConfigures(ri, r, p) {
				ri.opaque = true
			}
		default:
			ri.opaque = true
		}
	}
}

// configField records a write to one field of the configuration.
func (s *cookieScan) configField(ri *rootInfo, fa *ssa.FieldAddr) {
	if ri.ct == nil {
		ri.ct = cookieTypeOf(fa.X.Type())
	}
	if ri.ct == nil {
		return
	}
	ri.writes = append(ri.writes, fieldWrites(ri.ct, fa)...)
}

// replaced records the configuration replaced by v: a literal (claimed:
// reported as the site) or something unknown.
func (s *cookieScan) replaced(ri *rootInfo, v ssa.Value) {
	if a := literalAlloc(v); a != nil {
		ri.replacedBy = append(ri.replacedBy, a)
		return
	}
	ri.replacedOpaque = true
}

// literalAlloc returns the composite-literal allocation v is (a pointer)
// or was loaded from (a value), nil otherwise.
func literalAlloc(v ssa.Value) *ssa.Alloc {
	switch v := v.(type) {
	case *ssa.Alloc:
		if v.Comment == "complit" {
			return v
		}
	case *ssa.UnOp:
		if a, ok := v.X.(*ssa.Alloc); ok && v.Op == token.MUL && a.Comment == "complit" {
			return a
		}
	}
	return nil
}
