package sessionops

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// Hand-made records carried in the request's context: a middleware looks
// the record up by the session cookie and puts it into the request's
// context (context.WithValue(ctx, sessionKey{}, rec), often through a
// WithSession(ctx, rec) helper), and the handler takes it out again
// (r.Context().Value(sessionKey{}).(*Session), often through a
// GetSession(r) helper). The record the handler gets is the request's
// session: the key ties the two ends, within a package or across
// packages through the summaries of the helpers (contextSlot).

// contextSlot is a value a function stores into, or returns from, the
// request's context under the context key Key (contextKey): for a store,
// Index is the parameter (counted as the call's arguments, without a
// receiver); for a result, the result's index.
type contextSlot struct {
	Index int
	Key   string
}

// contextKey names a context key: a constant of a named type or a string
// (sessionKey{}, ctxKey("session"), "session"), or a package-level
// variable. "" when the key is none of these.
func contextKey(v ssa.Value) string {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil {
			return types.TypeString(x.Type(), nil) + "{}"
		}
		return types.TypeString(x.Type(), nil) + "=" + x.Value.ExactString()
	case *ssa.Global:
		return x.RelString(nil)
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok {
			return g.RelString(nil)
		}
	}
	return ""
}

// contextValueKey returns the key of a call ctx.Value(key) on a
// context.Context, "" when call is not one.
func contextValueKey(call *ssa.Call) string {
	c := call.Common()
	if !c.IsInvoke() || c.Method.Name() != "Value" || len(c.Args) != 1 || !ssautil.IsContext(c.Value.Type()) {
		return ""
	}
	return contextKey(c.Args[0])
}

// contextStored returns the key and the value of a call
// context.WithValue(parent, key, val), ok false when call is not one.
func contextStored(call ssa.CallInstruction) (key string, val ssa.Value, ok bool) {
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg.Path() != "context" || callee.Name() != "WithValue" || len(call.Common().Args) != 3 {
		return "", nil, false
	}
	key = contextKey(call.Common().Args[1])
	return key, stripConv(call.Common().Args[2]), key != ""
}

// contextSlots returns what fn stores into the context from its
// parameters, and which of its results it takes from the context.
func contextSlots(fn *ssa.Function) (stores, results []contextSlot) {
	recv := 0
	if fn.Signature.Recv() != nil {
		recv = 1
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			key, val, ok := contextStored(call)
			if !ok {
				continue
			}
			if i := directParam(fn, val); i >= recv {
				stores = append(stores, contextSlot{Index: i - recv, Key: key})
			}
		}
	}
	res := fn.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		if _, record := ssautil.StructOf(res.At(i).Type()); !record {
			continue
		}
		for _, v := range returnedAt(fn, i) {
			if call, ok := stripConv(v).(*ssa.Call); ok {
				if key := contextValueKey(call); key != "" {
					results = append(results, contextSlot{Index: i, Key: key})
					break
				}
			}
		}
	}
	return stores, results
}

// recordContextKeys returns the context keys under which the package
// stores the request's hand-made record, directly or through a helper's
// summary (computed once; a query made while computing sees the keys
// found so far).
func (a *pkgAnalysis) recordContextKeys() map[string]bool {
	if a.ctxKeys != nil {
		return a.ctxKeys
	}
	a.ctxKeys = map[string]bool{}
	a.forEachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(ssa.CallInstruction)
		if !ok {
			return
		}
		if key, val, ok := contextStored(call); ok {
			if a.recordSession(val) != nil {
				a.ctxKeys[key] = true
			}
			return
		}
		ci := resolve(call)
		if ci == nil {
			return
		}
		if sum := a.calleeSummary(ci); sum != nil {
			for _, st := range sum.ctxStores {
				if a.recordSession(ci.arg(st.Index)) != nil {
					a.ctxKeys[st.Key] = true
				}
			}
		}
	})
	return a.ctxKeys
}

// contextRecord returns the request's hand-made session when call takes
// from the request's context a record the package put there.
func (a *pkgAnalysis) contextRecord(call *ssa.Call) *Session {
	key := contextValueKey(call)
	if key == "" || !a.recordContextKeys()[key] {
		return nil
	}
	return a.intern(model.HandMade, a.root(call.Call.Value), "", false)
}

// namedRecordGetter reports whether a call reads a session record by the
// argument at index: a function of the application named to find
// (idsinks.FindVerbs) a session, returning a record, given the request's
// session cookie value there (a database query the analysis cannot follow
// into a map).
func (a *pkgAnalysis) namedRecordGetter(ci *callInfo, index int) *Session {
	if !a.applicationFunc(ci.fn) {
		return nil
	}
	name := ci.fn.Name()
	if !idsinks.FindVerbs.MatchString(name) || !idsinks.SessionWord.MatchString(name) {
		return nil
	}
	res := ci.fn.Type().(*types.Signature).Results()
	if index >= res.Len() {
		return nil
	}
	if _, record := ssautil.StructOf(res.At(index).Type()); !record {
		return nil
	}
	for _, v := range ci.args {
		if s := a.cookieSession(v); s != nil {
			return s
		}
	}
	return nil
}
