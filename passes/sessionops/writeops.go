package sessionops

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// Writes that are not calls of a library: stores into a session's map
// or fields, delete(), and calls of the application's own named like a
// session write.

// sinkFieldLoad returns the session whose sink field (gorilla Values) the
// map value m was loaded from.
func (a *pkgAnalysis) sinkFieldLoad(m ssa.Value) (*Session, *model.Library) {
	load, ok := m.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, nil
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return nil, nil
	}
	f, ok := ssautil.FieldOf(fa)
	if !ok {
		return nil, nil
	}
	lib := model.LookupSinkField(f)
	if lib == nil {
		return nil, nil
	}
	return a.sessionFor(fa.X, lib), lib
}

func (a *pkgAnalysis) mapOps(ops []*Op, up *ssa.MapUpdate) []*Op {
	if sess, lib := a.sinkFieldLoad(up.Map); lib != nil {
		if sess == nil {
			return ops
		}
		op := &Op{Instr: up, Pos: up.Pos(), Role: model.RoleSink, Lib: lib, Name: "Values",
			Session: sess, Commit: commitOf(sess.Lib), Key: up.Key, Value: up.Value}
		op.KeyConst, op.KeyKnown = a.consts.String(up.Key)
		return append(ops, op)
	}
	if sess := a.keySession(up.Key); sess != nil {
		return append(ops, &Op{Instr: up, Pos: up.Pos(), Role: model.RoleSink, Lib: model.HandMade,
			Name: "map write", Session: sess, Commit: model.CommitOnWrite, Value: up.Value})
	}
	if sess := a.recordMap(up.Map); sess != nil {
		op := &Op{Instr: up, Pos: up.Pos(), Role: model.RoleSink, Lib: model.HandMade,
			Name: "map write", Session: sess, Commit: model.CommitOnWrite, Key: up.Key, Value: up.Value}
		op.KeyConst, op.KeyKnown = a.consts.String(up.Key)
		return append(ops, op)
	}
	return ops
}

// assignedEntries adds the writes of a whole map assigned to a session's
// values (sess.Values = map[any]any{"user": u.ID}: each entry of the
// literal; Values = m with m a parameter: the entries its callers put in
// the map they pass).
func (a *pkgAnalysis) assignedEntries(ops []*Op, st *ssa.Store, lib *model.Library, sess *Session, name string) []*Op {
	m := stripConv(st.Val)
	switch m.(type) {
	case *ssa.MakeMap:
		for _, kv := range mapLiteral(m) {
			op := &Op{Instr: st, Pos: st.Pos(), Role: model.RoleSink, Lib: lib, Name: name,
				Session: sess, Commit: commitOf(sess.Lib), Key: kv[0], Value: kv[1]}
			op.KeyConst, op.KeyKnown = a.consts.String(kv[0])
			ops = append(ops, op)
		}
	case *ssa.Parameter:
		ops = append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleSink, Lib: lib, Name: name,
			Session: sess, Commit: commitOf(sess.Lib), Entries: m})
	}
	return ops
}

func (a *pkgAnalysis) storeOps(ops []*Op, st *ssa.Store) []*Op {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return ops
	}
	f, ok := ssautil.FieldOf(fa)
	if !ok {
		return ops
	}
	if lib := model.LookupRenewField(f); lib != nil {
		if !ZeroValue(st.Val) {
			return ops
		}
		sess := a.sessionFor(fa.X, lib)
		if sess == nil {
			return ops
		}
		if sess.RecordByCookie != "" {
			return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleTrap, Lib: lib,
				Name:    "clearing " + f.Name + ", which " + sess.RecordByCookie + " ignores,",
				Session: sess, Commit: commitOf(sess.Lib)})
		}
		return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleRenew, Lib: lib, Name: f.Name,
			Session: sess, Commit: commitOf(sess.Lib)})
	}
	if lib := model.LookupSinkField(f); lib != nil {
		// Values = map[interface{}]interface{}{}: clears, keeps the ID.
		sess := a.sessionFor(fa.X, lib)
		if sess == nil {
			return ops
		}
		ops = append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleTrap, Lib: lib, Name: "clearing " + f.Name,
			Session: sess, Commit: commitOf(sess.Lib)})
		return a.assignedEntries(ops, st, lib, sess, f.Name)
	}
	if a.renewalStore(st, fa, f.Name) {
		return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleRenew, Lib: model.HandMade,
			Name: "moving the session to a fresh " + f.Name, Session: a.handMadeOf(fa.X), Commit: model.CommitOnWrite})
	}
	if sess := a.recordSession(fa.X); sess != nil {
		return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleSink, Lib: model.HandMade,
			Name: "field write", Session: sess, Commit: model.CommitOnWrite,
			KeyConst: f.Name, KeyKnown: true, Value: st.Val})
	}
	return ops
}

// builtinOps recognises delete(sess.Values, k): a trap (clear only).
func (a *pkgAnalysis) builtinOps(ops []*Op, instr ssa.CallInstruction) []*Op {
	c := instr.Common()
	b, ok := c.Value.(*ssa.Builtin)
	if !ok || b.Name() != "delete" || len(c.Args) == 0 {
		return ops
	}
	sess, lib := a.sinkFieldLoad(c.Args[0])
	if sess == nil {
		return ops
	}
	return append(ops, &Op{Instr: instr, Pos: callPos(instr), Role: model.RoleTrap, Lib: lib,
		Name: "deleting from Values", Session: sess, Commit: commitOf(sess.Lib)})
}

// handMadeCall recognises a call that stores data under the request
// cookie's value: store.Set(c.Value, ...), db.SetSessionUser(c.Value, id).
func (a *pkgAnalysis) handMadeCall(ci *callInfo, instr ssa.CallInstruction, deferred, async bool) *Op {
	if ci.fn == nil {
		return nil
	}
	// A call named like a session write binds the session the client
	// chose through any request value, unless it is a helper the analysis
	// sees writing a library's session (setSessionUser(ctx, u)): that one
	// is judged as a helper.
	if !a.applicationFunc(ci.fn) {
		return nil
	}
	name := ci.fn.Name()
	verbNamed := writeVerbs.MatchString(name)
	sessionNamed := sessionWrite.MatchString(name) && !cookieWord.MatchString(name) && !byOwner.MatchString(name)
	if !sessionNamed && !verbNamed || ssautil.TakesCallback(ci.common) || ssautil.DecoratesContext(ci.fn.Type().(*types.Signature)) {
		return nil
	}
	var sess *Session
	var sid ssa.Value
	if ci.recv != nil {
		sess = a.recordSession(ci.recv)
	}
	for _, v := range ci.args {
		if sess != nil || !verbNamed {
			break
		}
		if s := a.keySession(v); s != nil {
			sess, sid = s, v
		}
	}
	if sess == nil && sessionNamed {
		sess, sid = a.chosenArg(ci)
	}
	if sess == nil {
		return nil
	}
	op := &Op{Instr: instr, Pos: callPos(instr), Role: model.RoleSink, Lib: model.HandMade,
		Name: ci.fn.Name(), Session: sess, Commit: model.CommitOnWrite, Deferred: deferred, Async: async}
	for _, v := range ci.args {
		if v == sid {
			continue
		}
		if s, ok := a.consts.String(v); ok && !op.KeyKnown {
			op.Key, op.KeyConst, op.KeyKnown = v, s, true
			continue
		}
		if _, isConst := v.(*ssa.Const); !isConst {
			op.Value = v
		}
	}
	return op
}

// chosenArg returns the hand-made session of a string argument the client
// sent, for a call named like a session write that is not a helper seen
// writing a library's session.
func (a *pkgAnalysis) chosenArg(ci *callInfo) (*Session, ssa.Value) {
	params := ci.fn.Type().(*types.Signature).Params()
	byOwner := false
	for i := range params.Len() {
		byOwner = byOwner || idsinks.OwnerParam(params.At(i).Name())
	}
	for i, v := range ci.args {
		if _, isConst := v.(*ssa.Const); isConst || !ssautil.IsString(v.Type()) {
			continue
		}
		if byOwner && i < params.Len() && !idsinks.SessionWord.MatchString(params.At(i).Name()) {
			// SetUserSession(userId, key, token): a store addressed by the
			// session's owner; only a parameter named for a session ID
			// (sid, sessionID) takes one.
			continue
		}
		if s := a.requestChosenSession(v); s != nil {
			if sum := a.calleeSummary(ci); sum != nil && len(sum.ops)+len(sum.writes) > 0 {
				return nil, nil // setSessionUser(ctx, u): a helper
			}
			return s, v
		}
	}
	return nil, nil
}

// entryOps splits a write of a whole map (GoFrame's SetMap) into one write
// per entry of the map literal it is given; a map built otherwise stays one
// write of an unknown key.
func (a *pkgAnalysis) entryOps(op *Op) []*Op {
	entries := mapLiteral(op.Value)
	if len(entries) == 0 {
		return []*Op{op}
	}
	out := make([]*Op, 0, len(entries))
	for _, kv := range entries {
		e := *op
		e.Key, e.Value = kv[0], kv[1]
		e.KeyConst, e.KeyKnown = a.consts.String(kv[0])
		out = append(out, &e)
	}
	return out
}
