package cookies

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// A gorilla-style store hands each session a copy of its configuration
// (session.Options), and the session's cookie is written by Save with the
// session's copy. An application that replaces session.Options before
// every Save never sends the store's defaults: the store is only reported
// where a session is saved with them. This is decided when the package
// sees where the store's sessions come from: the store is obtained from
// (store.Get, store.New) only here, never handed to other code; otherwise
// its configuration is presumed sent, as before.

// storeOwnCall reports whether c is a modelled call of the store v that
// ri follows, which hands the store to no other code: an Obtain returning
// a session (store.Get, recorded in ri.sessions) or a Persist
// (store.Save(r, w, session)); or, for a session v of its own options
// (NewSession), a Persist given v.
func (s *cookieScan) storeOwnCall(ri *rootInfo, c ssa.CallInstruction, v ssa.Value) bool {
	sc, first, ok := s.sessionCall(c.Common())
	if !ok {
		return false
	}
	if sc.Role == model.RolePersist && sessionOperand(c.Common(), sc.Call, first) == v {
		ri.saved = true // a session of its own options saved (store.Save(r, w, s))
		return true
	}
	if receiver(c.Common()) != v {
		return false
	}
	if sc.Role == model.RolePersist {
		ri.saved = true
		return true
	}
	call, ok := c.(*ssa.Call)
	if !ok || sc.Role != model.RoleObtain || sc.Call.Session != model.OnResult {
		return false
	}
	for _, res := range callResults(call, sc.Call.Arg, resultCount(call)) {
		if sessionHolds(res.Type(), ri.via) {
			ri.sessions = append(ri.sessions, res)
		}
	}
	return true
}

func resultCount(call *ssa.Call) int {
	if tup, ok := call.Type().(*types.Tuple); ok {
		return tup.Len()
	}
	return 1
}

// sessionHolds reports whether the session type t keeps its own copy of
// the cookie configuration in the field via (gorilla's Session.Options).
func sessionHolds(t types.Type, via string) bool {
	name, _ := holderVia(t)
	return name != "" && name == via
}

// savedSends returns where the store's configuration reaches a browser
// through the sessions it gives out: each Save of a session whose
// configuration was not replaced first, with the store's attributes and
// the session's own field writes. known is false when that cannot be
// told: no session seen, the store handed to other code, or a session
// that goes where it cannot be followed.
func (s *cookieScan) savedSends(ri *rootInfo, attrs Attrs) (sends []*Send, known bool) {
	if len(ri.sessions) == 0 || ri.handedOut || ri.ct == nil {
		return nil, false
	}
	for _, sv := range ri.sessions {
		ss, ok := s.sessionSaves(ri, sv, attrs)
		if !ok {
			return nil, false
		}
		sends = append(sends, ss...)
	}
	return sends, true
}

// sessionSaves follows one session within its function.
func (s *cookieScan) sessionSaves(ri *rootInfo, sv ssa.Value, attrs Attrs) ([]*Send, bool) {
	var replaced []ssa.Instruction
	var writes []write
	var saves []ssa.CallInstruction
	for _, r := range ssautil.Referrers(sv) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			st, ok := ssautil.StructOf(r.X.Type())
			if !ok || r.Field >= st.NumFields() || st.Field(r.Field).Name() != ri.via {
				continue // Values, ID, ...
			}
			for _, u := range ssautil.Referrers(r) {
				switch u := u.(type) {
				case *ssa.Store:
					replaced = append(replaced, u)
				case *ssa.UnOp:
					for _, fa := range ssautil.Referrers(u) {
						if fa, ok := fa.(*ssa.FieldAddr); ok && fa.X == u {
							writes = append(writes, fieldWrites(ri.ct, fa)...)
						}
					}
				case *ssa.DebugRef:
				default:
					return nil, false
				}
			}
		case ssa.CallInstruction:
			f, _, named := funcOf(r.Common())
			if !named {
				return nil, false
			}
			if sc, first, ok := s.sessionCall(r.Common()); ok && sc.Role == model.RolePersist && sessionOperand(r.Common(), sc.Call, first) == sv {
				saves = append(saves, r)
				continue
			}
			if model.Lookup(f.Pkg) == nil {
				return nil, false // the application's helper: may save it
			}
		case *ssa.DebugRef:
		default:
			return nil, false // stored, returned, converted: out of sight
		}
	}
	// sessions.Save(r, w) saves every session the request obtained.
	if fn := sv.Parent(); fn != nil {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				c, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if sc, _, ok := s.sessionCall(c.Common()); ok && sc.Role == model.RolePersist && sc.Call.Session == model.OnRequest {
					saves = append(saves, c)
				}
			}
		}
	}
	var sends []*Send
	for _, save := range saves {
		if slices.ContainsFunc(replaced, func(r ssa.Instruction) bool { return ssautil.Dominates(r, save) }) {
			continue
		}
		a := attrs.clone()
		var before []write
		for _, w := range writes {
			if w.instr != nil && ssautil.Dominates(w.instr, save) {
				// Every path to this Save passes the write: whether other
				// paths of the function skip it does not matter here (a
				// logout's MaxAge = -1 under if !session.IsNew).
				w.instr = nil
				before = append(before, w)
			}
		}
		mergeWrites(a, before)
		f, _, _ := funcOf(save.Common())
		sends = append(sends, &Send{Use: UseBrowser, Pos: save.Pos(), Desc: ShortName(f) + " with the store's configuration", Attrs: a})
	}
	return sends, true
}

// sessionOperand returns the session operand of a modelled call, nil when
// it is not an operand (OnRequest).
func sessionOperand(c *ssa.CallCommon, mc *model.Call, first int) ssa.Value {
	switch mc.Session {
	case model.OnReceiver:
		return receiver(c)
	case model.OnArg:
		if i := first + mc.Arg; i < len(c.Args) {
			return c.Args[i]
		}
	}
	return nil
}

// sessionCall finds the modelled session call c makes: by name, or by the
// modelled interface method a concrete method implements. first is the
// index of the first argument after the receiver in c.Args.
func (s *cookieScan) sessionCall(c *ssa.CallCommon) (sc model.SessionCall, first int, ok bool) {
	_, first, named := funcOf(c)
	fn, isFunc := calleeObject(c).(*types.Func)
	if !named || !isFunc {
		return sc, 0, false
	}
	sc, ok = model.SessionCallOf(fn, s.transitiveImports)
	return sc, first, ok
}

// transitiveImports returns the package's transitive imports by path,
// computed once.
func (s *cookieScan) transitiveImports() map[string]*types.Package {
	if s.imports == nil {
		s.imports = model.TransitiveImports(s.pass.Pkg)
	}
	return s.imports
}

// unseenStoreSessions adds a site for each session obtained from a store
// this package cannot follow to its constructor (a sessions.Store
// parameter, a field filled elsewhere: zot's saveUserLoggedSession) or
// whose store goes where its sessions are not followed, and whose
// cookie the function configures before Save (session.Options.SameSite =
// ...): what it writes is what that Save sends; what it leaves is the
// store's, unknown here (and reported where the store is made). Reported
// at the Obtain call, for what the writes leave off only.
func (s *cookieScan) unseenStoreSessions(roots []*rootInfo) {
	tracked := map[ssa.Value]bool{}
	for _, ri := range roots {
		if ri.handedOut || ri.ct == nil {
			continue // its sessions are not followed (savedSends)
		}
		for _, sv := range ri.sessions {
			tracked[sv] = true
		}
	}
	s.eachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(*ssa.Call)
		if !ok {
			return
		}
		sc, first, ok := s.sessionCall(call.Common())
		if !ok || sc.Role != model.RoleObtain || sc.Call.Session != model.OnResult {
			return
		}
		for _, sv := range callResults(call, sc.Call.Arg, resultCount(call)) {
			if !tracked[sv] {
				s.unseenStoreSession(call, first, sc.Lib, sv)
			}
		}
	})
}

func (s *cookieScan) unseenStoreSession(call *ssa.Call, first int, lib *model.Library, sv ssa.Value) {
	via, ct := holderVia(sv.Type())
	if via == "" || strings.HasSuffix(via, "()") || ct == nil {
		return
	}
	attrs := Attrs{}
	for _, a := range []model.Attr{model.AttrHttpOnly, model.AttrSecure, model.AttrSameSite} {
		attrs[a] = AttrValue{Origin: Dynamic} // the store's
	}
	for _, arg := range call.Call.Args[first:] {
		if name, ok := ssautil.ConstString(arg); ok {
			attrs[model.AttrName] = AttrValue{Origin: Const, Value: model.Value(name)}
			break
		}
	}
	sends, ok := s.sessionSaves(&rootInfo{via: via, ct: ct}, sv, attrs)
	if !ok {
		return
	}
	var configured []*Send
	for _, snd := range sends {
		for _, a := range []model.Attr{model.AttrHttpOnly, model.AttrSecure, model.AttrSameSite} {
			if snd.Attrs.Get(a).Known() {
				snd.Desc = strings.Replace(snd.Desc, "with the store's configuration", "with the options set here", 1)
				configured = append(configured, snd)
				break
			}
		}
	}
	ce := s.calls[call.Pos()]
	name := s.assignedName(ce)
	if len(configured) == 0 || ce == nil || name == "" {
		return
	}
	s.sites = append(s.sites, &Site{
		Kind: KindConfig, Lib: lib, Type: ct, CtorName: name + "." + via,
		Pos: ce.Pos(), End: ce.End(), Call: ce, File: s.fileOf(ce.Pos()), Fn: call.Parent(),
		Sends: configured,
	})
}

// assignedName returns the name of the variable a call's (first) result
// is assigned to (session, _ := store.Get(r, "s")), "" when none.
func (s *cookieScan) assignedName(ce *ast.CallExpr) string {
	if ce == nil {
		return ""
	}
	f := s.fileOf(ce.Pos())
	if f == nil {
		return ""
	}
	name := ""
	ast.Inspect(f, func(n ast.Node) bool {
		if name != "" || n == nil || n.Pos() > ce.Pos() || n.End() < ce.End() {
			return name == ""
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == ce && len(as.Lhs) > 0 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name != "_" {
				name = id.Name
			}
		}
		return name == ""
	})
	return name
}
