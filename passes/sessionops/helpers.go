package sessionops

import (
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// A helper of the package, or one with facts from another, is judged at
// each call: what its summary says it does to the sessions it is given
// becomes ops at the call, with the caller's keys and values.

// calleeSummary returns the summary of the function a call calls, from
// this package's analysis or from facts.
func (a *pkgAnalysis) calleeSummary(ci *callInfo) *summary {
	if ci.callee != nil && ci.callee.Pkg == a.ssa.Pkg {
		return a.summarize(ci.callee)
	}
	if ci.common.IsInvoke() {
		// The method's parameters: the receiver, then the arguments.
		ci.params = append([]ssa.Value{ci.recv}, ci.args...)
		impl := a.implementation(ci)
		if impl == nil {
			return a.packagedSummary(ci)
		}
		if impl.Pkg() == a.pass.Pkg {
			if fn := a.ssa.Pkg.Prog.FuncValue(impl); fn != nil {
				return a.summarize(fn)
			}
			return nil
		}
		return a.factSummary(impl)
	}
	if ci.fn == nil {
		return nil
	}
	if ci.fn.Pkg() == a.pass.Pkg {
		if fn := a.ssa.Pkg.Prog.FuncValue(ci.fn); fn != nil {
			return a.summarize(fn)
		}
		return nil
	}
	return a.factSummary(ci.fn)
}

// helperOps turns a call of a summarised function into ops: its writes,
// then its renewals.
func (a *pkgAnalysis) helperOps(ops []*Op, ci *callInfo, instr ssa.CallInstruction, deferred, async bool) []*Op {
	sum := a.calleeSummary(ci)
	if sum.empty() {
		return ops
	}
	name := "function literal"
	if ci.fn != nil {
		name = ci.fn.Name()
	}
	var local *ssa.Function
	if ci.callee != nil && ci.callee.Pkg == a.ssa.Pkg {
		local = ci.callee
	}
	for _, w := range sum.writes {
		sess := a.mapRef(ci, w.sess)
		if sess == nil || sess.knownStateless() {
			continue
		}
		for _, e := range a.writtenEntries(ci, w) {
			op := &Op{
				Instr: instr, Pos: callPos(instr), Role: model.RoleSink, Lib: sess.Lib, Name: name,
				Session: sess, Commit: commitOf(sess.Lib), Key: e.key, KeyConst: e.keyConst, KeyKnown: e.keyKnown,
				Value: e.value, ValueIdentity: w.valueIdentity, Deferred: deferred, Async: async,
				Helper: &Helper{Callee: ci.fn, Func: local, WritePos: w.pos, Where: w.where, Expr: w.expr,
					RenewedAfter: w.renewedAfter, AfterAuth: w.afterAuth, Recv: w.recv},
			}
			for _, i := range w.foundParams {
				if i >= 0 && i < len(ci.params) {
					op.Found = append(op.Found, ci.params[i])
				}
			}
			if w.persisted {
				op.Commit = model.CommitOnWrite
			}
			ops = append(ops, op)
		}
	}
	for _, r := range sum.renews {
		sess := a.mapRef(ci, r)
		if sess == nil {
			continue
		}
		ops = append(ops, &Op{
			Instr: instr, Pos: callPos(instr), Role: model.RoleRenew, Lib: sess.Lib, Name: name,
			Session: sess, Commit: commitOf(sess.Lib), Deferred: deferred, Async: async,
			Helper: &Helper{Callee: ci.fn, Func: local},
		})
	}
	return ops
}

// literalOps judges the function literals of the package a call is given
// (an injector's c.Invoke(func(cfg *Config) {...}), a transaction's
// callback) as helpers called there: what the callee does with them is
// not seen, and a literal is written to be run. A literal that takes a
// request handler's parameters is not: registered on a route, it runs in
// another request, and is judged as a handler itself. One given to a call
// named Go (errgroup) runs in another goroutine.
func (a *pkgAnalysis) literalOps(ops []*Op, ci *callInfo, instr ssa.CallInstruction, deferred, async bool) []*Op {
	for _, arg := range ci.args {
		var lit *ssa.Function
		var bindings []ssa.Value
		switch x := stripConv(arg).(type) {
		case *ssa.MakeClosure:
			lit, _ = x.Fn.(*ssa.Function)
			bindings = x.Bindings
		case *ssa.Function:
			lit = x
		}
		if lit == nil || lit.Parent() == nil || lit.Pkg != a.ssa.Pkg || valueflow.HandlerParams(lit) {
			continue
		}
		lc := &callInfo{instr: instr, common: ci.common}
		lc.setCallee(lit, bindings, nil)
		n := len(ops)
		ops = a.helperOps(ops, lc, instr, deferred, async || ci.fn != nil && ci.fn.Name() == "Go")
		if ci.fn != nil {
			for _, op := range ops[n:] {
				op.Name = "the function literal given to " + ci.fn.Name()
			}
		}
		if len(ops) > n {
			if a.runAtCall == nil {
				a.runAtCall = map[*ssa.Function]bool{}
			}
			a.runAtCall[lit] = true
		}
	}
	return ops
}

// writtenEntries returns what a helper's write stores, judged at its call:
// the key the helper writes (a constant inside it, or the caller's
// argument when the key is a parameter), the value (the caller's argument
// when it is a parameter), and, for a helper that writes every entry of a
// map parameter (for k, v := range m { s.Set(k, v) }), each entry of the
// caller's map literal.
func (a *pkgAnalysis) writtenEntries(ci *callInfo, w swrite) []entry {
	arg := func(i int) ssa.Value {
		if i >= 0 && i < len(ci.params) {
			return ci.params[i]
		}
		return nil
	}
	if m := arg(w.mapParam); m != nil {
		var out []entry
		for _, kv := range mapLiteral(m) {
			k, known := a.consts.String(kv[0])
			out = append(out, entry{key: kv[0], keyConst: k, keyKnown: known, value: kv[1]})
		}
		if len(out) > 0 {
			return out
		}
		return []entry{{}} // a map built otherwise: an unknown key and value
	}
	e := entry{keyConst: w.key, keyKnown: w.keyKnown, value: arg(w.valueParam)}
	if e.value == nil && w.valueFreeVar >= 0 && w.valueFreeVar < len(ci.bindings) {
		e.value = ci.bindings[w.valueFreeVar]
	}
	if k := arg(w.keyParam); k != nil {
		e.key = k
		e.keyConst, e.keyKnown = a.consts.String(k)
	}
	return []entry{e}
}

// mapLiteral returns the constant-keyed entries stored into the map m
// where it is made (a map literal), in order.
func mapLiteral(m ssa.Value) [][2]ssa.Value {
	mm, ok := stripConv(m).(*ssa.MakeMap)
	if !ok || mm.Referrers() == nil {
		return nil
	}
	var out [][2]ssa.Value
	for _, r := range *mm.Referrers() {
		if u, ok := r.(*ssa.MapUpdate); ok && u.Map == mm {
			out = append(out, [2]ssa.Value{u.Key, u.Value})
		}
	}
	return out
}

// directParam returns the index in fn.Params of the parameter v is,
// through conversions, or -1.
func directParam(fn *ssa.Function, v ssa.Value) int {
	if v == nil {
		return -1
	}
	if p, ok := stripConv(v).(*ssa.Parameter); ok {
		for i, q := range fn.Params {
			if q == p {
				return i
			}
		}
	}
	return -1
}

// rangedParam returns the index in fn.Params of the map parameter whose
// keys v is (for k, v := range m), or -1.
func rangedParam(fn *ssa.Function, key ssa.Value) int {
	if key == nil {
		return -1
	}
	ex, ok := stripConv(key).(*ssa.Extract)
	if !ok || ex.Index != 1 {
		return -1
	}
	next, ok := ex.Tuple.(*ssa.Next)
	if !ok || next.IsString {
		return -1
	}
	rng, ok := next.Iter.(*ssa.Range)
	if !ok {
		return -1
	}
	return directParam(fn, rng.X)
}

// mapRef returns the caller's session for a callee's session reference.
func (a *pkgAnalysis) mapRef(ci *callInfo, r sref) *Session {
	var v ssa.Value
	switch {
	case r.param >= 0 && r.param < len(ci.params):
		v = ci.params[r.param]
	case r.freeVar >= 0 && r.freeVar < len(ci.bindings):
		v = ci.bindings[r.freeVar]
	}
	if v == nil || r.lib == nil {
		return nil
	}
	var s *Session
	switch {
	case r.lib == model.HandMadeRecord:
		// Only a record of the caller's hand-made session makes the
		// helper's write one; a record the caller made is a new session.
		if s = a.recordSession(v); s == nil {
			if _, made := a.root(v).(*ssa.Alloc); !made {
				return nil
			}
			s = a.intern(model.HandMade, a.root(v), "", true)
		}
	case r.lib == model.HandMade:
		// A record, or an ID, of the caller's hand-made session, or the
		// session of the request given.
		if s = a.recordSession(v); s == nil {
			if s = a.cookieSession(v); s == nil {
				s = a.intern(r.lib, a.root(v), "", false)
			}
		}
	case libOfType(v.Type()) != nil && requestRank(v.Type()) != 1:
		s = a.sessionFor(v, r.lib)
	default:
		root := a.root(v)
		if call, ok := root.(*ssa.Call); ok {
			// The application's wrapper of the session, obtained by a
			// call given the request (s.sessions.Get(c) returning its
			// own Session type): the request's session.
			if ci := resolve(call); ci != nil {
				root = a.requestRoot(ci)
			}
		}
		s = a.intern(r.lib, root, "", false)
	}
	if s == nil {
		return nil
	}
	if r.name != "" && s.Name == "" && !s.Fresh {
		s = a.intern(s.Lib, s.Root, r.name, false)
	}
	return s
}
