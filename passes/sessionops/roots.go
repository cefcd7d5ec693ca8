package sessionops

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// maxDepth bounds every backward walk over SSA values.
const maxDepth = 64

// requestRank says how well a type stands for the request: 1 for
// *http.Request and framework contexts, 2 for context.Context, 0 otherwise.
func requestRank(t types.Type) int {
	if tn, ok := model.TypeNameOf(t); ok {
		if model.IsRequestType(tn) {
			return 1
		}
		if tn.Pkg == "context" && tn.Name == "Context" {
			return 2
		}
	}
	return 0
}

// requestOperand returns the operand of a call that best stands for the
// request, or nil.
func requestOperand(ci *callInfo) ssa.Value {
	var best ssa.Value
	bestRank := 0
	for _, v := range ci.operands() {
		if v == nil {
			continue
		}
		if r := requestRank(v.Type()); r > 0 && (bestRank == 0 || r < bestRank) {
			best, bestRank = v, r
		}
	}
	return best
}

// libOfType returns the session library of a value's type, looking through
// pointers and one level of embedding (a beego controller embeds
// web.Controller).
func libOfType(t types.Type) *model.Library {
	if tn, ok := model.TypeNameOf(t); ok {
		if lib := model.SessionLibrary(tn); lib != nil {
			return lib
		}
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			if !f.Embedded() {
				continue
			}
			if tn, ok := model.TypeNameOf(f.Type()); ok {
				if lib := model.SessionLibrary(tn); lib != nil {
					return lib
				}
			}
		}
	}
	return nil
}

// root traces a value that stands for the request (an *http.Request, a
// framework context, a context.Context) back to its origin: through
// copies, conversions, field selections (c.Request is c), r.Context(),
// r.WithContext, context.With*, and zero-argument getters of a framework
// context (c.Request()). The result is a parameter, free variable, global,
// or the call that produced the value.
func (a *pkgAnalysis) root(v ssa.Value) ssa.Value {
	if v == nil {
		return nil
	}
	if r, ok := a.roots[v]; ok {
		return r
	}
	r := a.computeRoot(v, map[*ssa.Phi]bool{})
	a.roots[v] = r
	return r
}

func (a *pkgAnalysis) computeRoot(v ssa.Value, phis map[*ssa.Phi]bool) ssa.Value {
	for depth := 0; depth < maxDepth && v != nil; depth++ {
		if from, ok := copyOf(v); ok {
			if from == nil {
				return v
			}
			v = from
			continue
		}
		switch x := v.(type) {
		case *ssa.Extract:
			if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
				if p := a.passthrough(call); p != nil {
					v = p
					continue
				}
			}
			return v
		case *ssa.Call:
			p := a.passthrough(x)
			if p == nil {
				return v
			}
			v = p
		case *ssa.Phi:
			if phis[x] {
				return nil
			}
			phis[x] = true
			if r, ok := sameForEdges(x, func(e ssa.Value) ssa.Value { return a.computeRoot(e, phis) }); ok {
				return r
			}
			return x
		default:
			return v
		}
	}
	return v
}

// copyOf returns the value v copies: the operand of a conversion, an
// interface change, a type assertion, a load or a field selection, or
// what a local variable stored once holds. ok is false when v is none of
// these; from is nil when v is one a walk cannot see through (a unary
// operation other than a load, a variable stored more than once or never).
func copyOf(v ssa.Value) (from ssa.Value, ok bool) {
	if x := convertedFrom(v); x != nil {
		return x, true
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil, true
		}
		return x.X, true
	case *ssa.FieldAddr:
		return x.X, true
	case *ssa.Field:
		return x.X, true
	case *ssa.Alloc:
		return ssautil.OnlyStore(x), true
	}
	return nil, false
}

// sameForEdges returns what every edge of phi agrees on by of, passing
// over the edges of gives nothing for (they lead back to a phi being
// walked). ok is false when two edges disagree or none gives anything.
func sameForEdges[T comparable](phi *ssa.Phi, of func(ssa.Value) T) (common T, ok bool) {
	var zero T
	for _, e := range phi.Edges {
		r := of(e)
		if r == zero {
			continue
		}
		if common == zero {
			common = r
		} else if common != r {
			return zero, false
		}
	}
	return common, common != zero
}

// passthrough returns the operand a call derives the request from: the
// receiver of r.Context(), r.WithContext(ctx), r.Clone(ctx) and of a
// framework context's zero-argument getters returning a request or
// context; the parent of context.With*.
func (a *pkgAnalysis) passthrough(call *ssa.Call) ssa.Value {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return nil
	}
	if ci.fn.Pkg() != nil && ci.fn.Pkg().Path() == "context" && ci.recv == nil && len(ci.args) > 0 &&
		requestRank(ci.args[0].Type()) == 2 {
		return ci.args[0]
	}
	if ci.recv == nil && len(ci.args) > 0 && requestRank(ci.args[0].Type()) == 2 && model.IsRequestFromContext(ci.fn) {
		return ci.args[0] // g.RequestFromCtx(ctx) is ctx's request
	}
	if ci.recv == nil || requestRank(ci.recv.Type()) == 0 {
		return nil
	}
	sig, _ := ci.fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || requestRank(sig.Results().At(0).Type()) == 0 {
		return nil
	}
	if tn, ok := model.TypeNameOf(ci.recv.Type()); ok && tn.Pkg == "net/http" {
		return ci.recv // Context, WithContext, Clone
	}
	if len(ci.args) == 0 {
		return ci.recv
	}
	return nil
}

// sessionFor returns the canonical session of a session value v: traced
// through copies, conversions, type assertions, phis and field selections
// to the call that obtained it, a parameter, a free variable or a global.
// hint is the library to assume when v's type does not say.
func (a *pkgAnalysis) sessionFor(v ssa.Value, hint *model.Library) *Session {
	if v == nil {
		return nil
	}
	return a.sessionForWithin(v, hint, map[*ssa.Phi]bool{})
}

func (a *pkgAnalysis) sessionForWithin(v ssa.Value, hint *model.Library, phis map[*ssa.Phi]bool) *Session {
	lib := hint
	if l := libOfType(v.Type()); l != nil {
		lib = l
	}
	if lib == nil || requestRank(v.Type()) == 2 {
		// Not a session value: a request or context (scs).
		if lib == nil {
			return nil
		}
		return a.intern(lib, a.root(v), "", false)
	}
	for depth := 0; depth < maxDepth; depth++ {
		from, ok := copyOf(v)
		if !ok {
			switch x := v.(type) {
			case *ssa.Extract:
				switch t := x.Tuple.(type) {
				case *ssa.Call:
					return a.sessionOfCall(t, x.Index, lib)
				case *ssa.TypeAssert:
					from = t.X
				case *ssa.Lookup:
					return a.intern(lib, t, "", false)
				}
			case *ssa.Call:
				return a.sessionOfCall(x, 0, lib)
			case *ssa.Phi:
				if phis[x] {
					return nil
				}
				phis[x] = true
				if s, ok := sameForEdges(x, func(e ssa.Value) *Session { return a.sessionForWithin(e, lib, phis) }); ok {
					return s
				}
				return a.intern(lib, x, "", false)
			default:
				if requestRank(v.Type()) == 1 {
					return a.intern(lib, a.root(v), "", false)
				}
			}
		}
		if from == nil {
			// Nothing further back: v itself stands for the session.
			return a.intern(lib, v, "", false)
		}
		v = from
		if l := libOfType(v.Type()); l != nil {
			lib = l
		}
	}
	return a.intern(lib, v, "", false)
}

// sessionOfCall returns the session that result index of call is.
func (a *pkgAnalysis) sessionOfCall(call *ssa.Call, index int, lib *model.Library) *Session {
	key := callResult{call, index}
	if s, ok := a.callSessions[key]; ok {
		return s
	}
	a.callSessions[key] = nil // cycle guard
	s := a.computeSessionOfCall(call, index, lib)
	a.callSessions[key] = s
	return s
}

type callResult struct {
	call  *ssa.Call
	index int
}

func (a *pkgAnalysis) computeSessionOfCall(call *ssa.Call, index int, lib *model.Library) *Session {
	ci := resolve(call)
	if ci == nil {
		return a.intern(lib, call, "", false)
	}
	if sc, ok := a.lookupCall(ci.fn); ok {
		switch {
		case sc.Role == model.RoleRenew && sc.Call.Session == model.OnResult:
			return a.intern(sc.Lib, call, "", true)
		case sc.Role == model.RoleObtain:
			return a.obtained(ci, sc.Lib, true, sc.Call.StoreArg)
		}
	}
	if sum := a.calleeSummary(ci); sum != nil {
		for _, i := range sum.fresh {
			if i == index {
				return a.intern(lib, call, "", true)
			}
		}
	}
	// A method of a session returning a session of another library is the
	// same session (gin-contrib's s.(interface{ Session() *gsessions.Session
	// }).Session(), the wrapper's gorilla session).
	if ci.recv != nil {
		if inner := stripConv(ci.recv); libOfType(inner.Type()) != nil && requestRank(inner.Type()) != 1 {
			return a.sessionFor(inner, nil)
		}
	}
	// Any other call returning a session obtains the request's session
	// (buffalo's c.Session(), the application's getSession(r)).
	return a.obtained(ci, lib, false, 0)
}

// obtained returns the session a call obtains from the request (or from
// nothing, in which case the call itself is the root).
func (a *pkgAnalysis) obtained(ci *callInfo, lib *model.Library, modelled bool, storeArg int) *Session {
	var name string
	for _, v := range ci.args {
		if s, ok := ssautil.ConstString(v); ok {
			name = s
			break
		}
	}
	var root ssa.Value = ci.instr.(ssa.Value)
	if r := requestOperand(ci); r != nil {
		root = a.root(r)
	} else if r := handleRequest(ci.recv); r != nil {
		root = a.root(r)
	} else if r := soleRequestParam(ci.instr.Parent()); r != nil {
		// Reached some other way (the request's registry kept in a
		// context value), in a function given one request: sessions
		// are per request, so it is that request's.
		root = a.root(r)
	}
	store := ci.recv
	if storeArg > 0 {
		store = ci.arg(storeArg - 1)
	}
	if modelled && store != nil && len(lib.Session.Stateless) > 0 && requestRank(store.Type()) == 0 {
		// Obtained from a store: the store's kind decides.
		return a.internWith(lib, root, name, false, func(lib *model.Library) storeVerdict {
			if stateless, known := a.storeKind(store); known {
				return storeVerdict{stateless: stateless}
			}
			return a.moduleStores(lib)
		})
	}
	return a.intern(lib, root, name, false)
}

// handleRequest returns the request a per-request handle was made for
// (r of sessions.GetRegistry(r), model.RequestHandles), nil when v is not
// one.
func handleRequest(v ssa.Value) ssa.Value {
	call, ok := stripConv(v).(*ssa.Call)
	if !ok {
		return nil
	}
	callee := call.Call.StaticCallee()
	if callee == nil {
		return nil
	}
	fn, ok := callee.Object().(*types.Func)
	if !ok || !model.IsRequestHandle(fn) {
		return nil
	}
	for _, arg := range call.Call.Args {
		if requestRank(arg.Type()) > 0 {
			return arg
		}
	}
	return nil
}

// soleRequestParam returns fn's parameter that is the request being
// served (*http.Request or a framework's context) when it has exactly one,
// else nil.
func soleRequestParam(fn *ssa.Function) ssa.Value {
	if fn == nil {
		return nil
	}
	var found ssa.Value
	for _, p := range fn.Params {
		if requestRank(p.Type()) == 1 {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// returnedAt returns the values fn returns as its result i, one per
// return.
func returnedAt(fn *ssa.Function, i int) []ssa.Value {
	var vs []ssa.Value
	for _, ret := range ssautil.Returns(fn) {
		if i < len(ret.Results) {
			vs = append(vs, ssautil.ReturnedValue(ret, i))
		}
	}
	return vs
}

// stripConv removes conversions, interface changes and type assertions.
func stripConv(v ssa.Value) ssa.Value {
	for i := 0; i < maxDepth; i++ {
		if x := convertedFrom(v); x != nil {
			v = x
			continue
		}
		ex, ok := v.(*ssa.Extract)
		if !ok {
			return v
		}
		ta, ok := ex.Tuple.(*ssa.TypeAssert)
		if !ok {
			return v
		}
		v = ta.X // the value of v, ok := x.(T)
	}
	return v
}

// convertedFrom returns the operand of a conversion, an interface change
// or a type assertion, nil for any other value.
func convertedFrom(v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case *ssa.ChangeType:
		return x.X
	case *ssa.MakeInterface:
		return x.X
	case *ssa.ChangeInterface:
		return x.X
	case *ssa.TypeAssert:
		return x.X
	}
	return nil
}

type sessionKey struct {
	lib   *model.Library
	root  ssa.Value
	name  string
	fresh bool
}

// intern returns the one *Session for (lib, root, name, fresh). A new
// session's statelessness is read from the package's store configuration.
func (a *pkgAnalysis) intern(lib *model.Library, root ssa.Value, name string, fresh bool) *Session {
	return a.internWith(lib, root, name, fresh, a.pkgStore)
}

// internWith is intern with the store of a new session decided by store
// (called only for a session not interned yet and not fresh).
func (a *pkgAnalysis) internWith(lib *model.Library, root ssa.Value, name string, fresh bool, store func(*model.Library) storeVerdict) *Session {
	if lib == nil {
		return nil
	}
	key := sessionKey{lib, root, name, fresh}
	if s, ok := a.sessions[key]; ok {
		return s
	}
	s := &Session{Lib: lib, Root: root, Name: name, Fresh: fresh}
	if !fresh {
		v := store(lib)
		s.Stateless, s.Store, s.StatelessToo = v.stateless, v.source, v.statelessToo
		if !s.Stateless {
			s.RecordByCookie, s.RecordForRequest = a.recordByCookie(lib)
		}
	}
	a.sessions[key] = s
	return s
}
