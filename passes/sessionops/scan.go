package sessionops

import (
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
	"github.com/sessionlint/sessionlint/passes/valueflow"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// Custom is the library of the sinks an analyzer adds from its flags: its
// sessions are the same as every other session, and its writes persist when
// the function returns.
var Custom = &model.Library{
	Name: "custom",
	Session: &model.SessionModel{
		Commit: model.CommitAtEnd,
		Fix:    "call one of the configured sanitizers first",
	},
}

// pkgAnalysis is the state of the pass over one package.
type pkgAnalysis struct {
	pass *analysis.Pass
	ssa  *buildssa.SSA

	callCache    map[*types.Func]model.SessionCall
	pkgs         map[string]*types.Package
	roots        map[ssa.Value]ssa.Value
	sessions     map[sessionKey]*Session
	callSessions map[callResult]*Session
	cookies      map[ssa.Value]*Session
	storeTypes   map[model.TypeName]bool // store type -> stateless
	gstores      map[*ssa.Global][]ssa.Value
	libStore     map[*model.Library]storeVerdict
	module       *modulescan.Scan
	modPath      *string // the module\'s path, once known
	sums         map[*ssa.Function]*summary
	factSums     map[*types.Func]*summary
	auth         *points
	origins      *valueflow.Result
	idSinks      *idsinks.Result
	cookieValues map[ssa.Value]string // the values sent as cookies, with their names
	recordTypes  map[types.Type]bool
	// unresolved are the methods of the module's own interfaces, taking
	// a context, a request or a session, whose calls found no
	// implementation; sessionMethods the package's methods that write or
	// renew a session (the package facts the standalone driver reads).
	unresolved, sessionMethods []string
}

func newAnalysis(pass *analysis.Pass, s *buildssa.SSA) *pkgAnalysis {
	return &pkgAnalysis{
		pass:         pass,
		ssa:          s,
		callCache:    map[*types.Func]model.SessionCall{},
		roots:        map[ssa.Value]ssa.Value{},
		sessions:     map[sessionKey]*Session{},
		callSessions: map[callResult]*Session{},
		cookies:      map[ssa.Value]*Session{},
		libStore:     map[*model.Library]storeVerdict{},
		sums:         map[*ssa.Function]*summary{},
		factSums:     map[*types.Func]*summary{},
	}
}

// summary is what a function does to the sessions it is given.
type summary struct {
	ops    []*Op
	renews []sref   // renewed on every path to a normal return
	writes []swrite // writes not renewed before them inside the function
	fresh  []int    // results that are fresh sessions on every return
	// idResults and recordResults are the results that are the request's
	// hand-made session ID, or its record, on some path.
	idResults, recordResults []int
	busy                     bool
}

func (s *summary) empty() bool {
	return s == nil || len(s.renews) == 0 && len(s.writes) == 0 && len(s.fresh) == 0 &&
		len(s.idResults) == 0 && len(s.recordResults) == 0
}

// sref names a session by the parameter (or, for a closure, the free
// variable) it comes from.
type sref struct {
	param, freeVar int // one is >= 0
	lib            *model.Library
	name           string
}

// swrite is a write a function performs on a session it is given.
type swrite struct {
	sess          sref
	name          string // the op's name at the innermost write
	key           string
	keyKnown      bool
	keyParam      int // the parameter the key is, when the caller gives it; -1 if none
	mapParam      int // the map parameter whose entries are written (for k, v := range m); -1 if none
	valueParam    int
	valueIdentity bool
	persisted     bool
	renewedAfter  bool
	afterAuth     bool
	expr          string
	pos           token.Pos // inside this package, else NoPos
	where         string
}

// summarize computes the ops and the summary of fn (memoized; a recursive
// call sees an empty summary).
func (a *pkgAnalysis) summarize(fn *ssa.Function) *summary {
	if s, ok := a.sums[fn]; ok {
		return s
	}
	s := &summary{busy: true}
	a.sums[fn] = s
	s.ops = a.scan(fn)
	sortOps(s.ops)
	if len(s.ops) > 0 {
		a.summarizeOps(fn, s)
	}
	s.fresh = a.freshResults(fn)
	s.idResults, s.recordResults = a.requestSessionResults(fn)
	s.busy = false
	return s
}

func (a *pkgAnalysis) summarizeOps(fn *ssa.Function, s *summary) {
	fr := Flow(fn, s.ops)
	points := a.auth.res.Points[fn]
	reach := NewReach(fn)
	for _, sess := range fr.ExitRenewed {
		if r, ok := refOf(fn, sess); ok {
			s.renews = append(s.renews, r)
		}
	}
	for _, op := range s.ops {
		if op.Role != model.RoleSink || op.Session == nil || op.Session.Fresh || op.Async || op.Session.knownStateless() {
			continue
		}
		v := fr.Verdicts[op]
		if v == nil || v.RenewedBefore {
			continue
		}
		r, ok := refOf(fn, op.Session)
		if !ok {
			continue
		}
		w := swrite{
			sess:          r,
			name:          op.Name,
			key:           op.KeyConst,
			keyKnown:      op.KeyKnown,
			keyParam:      -1,
			mapParam:      rangedParam(fn, op.Key),
			valueParam:    paramIndex(fn, op.Value),
			valueIdentity: op.ValueIdentity || IdentityValue(op.Value),
			persisted:     op.Commit == model.CommitOnWrite || (op.Commit == model.CommitOnSave && v.PersistVisible),
			renewedAfter:  v.Sanitized,
			afterAuth:     reach.FirstPoint(points, op.Instr) != nil || op.Helper != nil && op.Helper.AfterAuth,
			pos:           op.Pos,
		}
		if !op.KeyKnown && w.mapParam < 0 {
			w.keyParam = directParam(fn, op.Key)
		}
		if h := op.Helper; h != nil {
			w.expr, w.pos, w.where = h.Expr, h.WritePos, h.Where
		} else {
			w.expr = SessionExpr(a.pass.Files, op)
			w.where = a.where(op.Pos)
		}
		s.writes = append(s.writes, w)
	}
}

// where renders pos as file.go:line:col.
func (a *pkgAnalysis) where(pos token.Pos) string { return Where(a.pass.Fset, pos) }

// Where renders pos as file.go:line:col (the file's base name), the form
// Helper.Where has: a write's name across packages.
func Where(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	if !p.IsValid() {
		return ""
	}
	return filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// WhereOf returns the name of the write an op performs: for a helper call,
// the write inside the helper (Helper.Where), else the op's own position.
func WhereOf(fset *token.FileSet, op *Op) string {
	if op.Helper != nil {
		return op.Helper.Where
	}
	return Where(fset, op.Pos)
}

// refOf names sess by fn's parameter or free variable it is rooted at.
func refOf(fn *ssa.Function, sess *Session) (sref, bool) {
	if sess == nil || sess.Fresh || sess.Lib == Custom {
		return sref{}, false
	}
	switch r := sess.Root.(type) {
	case *ssa.Parameter:
		for i, p := range fn.Params {
			if p == r {
				return sref{param: i, freeVar: -1, lib: sess.Lib, name: sess.Name}, true
			}
		}
	case *ssa.FreeVar:
		for i, fv := range fn.FreeVars {
			if fv == r {
				return sref{param: -1, freeVar: i, lib: sess.Lib, name: sess.Name}, true
			}
		}
	}
	return sref{}, false
}

// freshResults returns the indices of the session results that are fresh
// on every return (nil constants, returned on error paths, aside).
func (a *pkgAnalysis) freshResults(fn *ssa.Function) []int {
	results := fn.Signature.Results()
	var fresh []int
	for i := 0; i < results.Len(); i++ {
		if libOfType(results.At(i).Type()) == nil {
			continue
		}
		ok, any := true, false
		for _, v := range returnedAt(fn, i) {
			if c, isConst := v.(*ssa.Const); isConst && c.IsNil() {
				continue
			}
			any = true
			if s := a.sessionFor(v, nil); s == nil || !s.Fresh {
				ok = false
				break
			}
		}
		if ok && any {
			fresh = append(fresh, i)
		}
	}
	return fresh
}

// scan finds the ops of fn.
func (a *pkgAnalysis) scan(fn *ssa.Function) []*Op {
	var ops []*Op
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Call:
				ops = a.callOps(ops, x, false, false)
			case *ssa.Defer:
				ops = a.callOps(ops, x, true, false)
			case *ssa.Go:
				ops = a.callOps(ops, x, false, true)
			case *ssa.MapUpdate:
				ops = a.mapOps(ops, x)
			case *ssa.Store:
				ops = a.storeOps(ops, x)
			}
		}
	}
	return ops
}

func commitOf(lib *model.Library) model.Commit {
	if lib == nil || lib.Session == nil {
		return model.CommitAtEnd
	}
	return lib.Session.Commit
}

func callPos(instr ssa.CallInstruction) token.Pos {
	if p := instr.Common().Pos(); p.IsValid() {
		return p
	}
	return instr.Pos()
}

func (a *pkgAnalysis) callOps(ops []*Op, instr ssa.CallInstruction, deferred, async bool) []*Op {
	ci := resolve(instr)
	if ci == nil {
		return a.builtinOps(ops, instr)
	}
	if sc, ok := a.lookupCall(ci.fn); ok {
		op := &Op{
			Instr: instr, Pos: callPos(instr), Role: sc.Role, Lib: sc.Lib, Call: sc.Call,
			Name: ci.fn.Name(), Deferred: deferred, Async: async,
		}
		op.Session = a.sessionAt(ci, sc)
		if op.Session == nil {
			return ops
		}
		op.Commit = commitOf(op.Session.Lib)
		if sc.Role == model.RoleSink {
			if sc.Call.Key >= 0 {
				op.Key = ci.arg(sc.Call.Key)
				op.KeyConst, op.KeyKnown = constString(op.Key)
			}
			if sc.Call.Value >= 0 {
				op.Value = ci.arg(sc.Call.Value)
			}
			if sc.Call.Entries {
				return append(ops, entryOps(op)...)
			}
		}
		return append(ops, op)
	}
	if op := a.handMadeCall(ci, instr, deferred, async); op != nil {
		return append(ops, op)
	}
	if more := a.stripOps(ops, ci, instr); len(more) > len(ops) {
		return more
	}
	return a.helperOps(ops, ci, instr, deferred, async)
}

// stripOps recognises r.Header.Del("Cookie") and r.Header.Set("Cookie",
// ...): for a library that renews by stripping the session cookie from the
// request (model RenewByStrippingCookie), the session obtained from that
// request afterwards has a new ID. Sessions obtained from the request
// before are not told apart from those obtained after.
func (a *pkgAnalysis) stripOps(ops []*Op, ci *callInfo, instr ssa.CallInstruction) []*Op {
	if ci.fn == nil || ci.recv == nil || (ci.fn.Name() != "Del" && ci.fn.Name() != "Set") {
		return ops
	}
	if f, ok := model.FuncOf(ci.fn); !ok || f.Pkg != "net/http" || f.Recv != "Header" {
		return ops
	}
	if name, ok := constString(ci.arg(0)); !ok || !strings.EqualFold(name, "Cookie") {
		return ops
	}
	root := a.root(ci.recv)
	for _, lib := range model.All {
		if lib.Session == nil || !lib.Session.RenewByStrippingCookie || !a.importsLib(lib) {
			continue
		}
		sess := a.intern(lib, root, "", false)
		ops = append(ops, &Op{Instr: instr, Pos: callPos(instr), Role: model.RoleRenew, Lib: lib,
			Name: "removing the Cookie header", Session: sess, Commit: commitOf(lib)})
	}
	return ops
}

// importsLib reports whether the package (transitively) imports lib.
func (a *pkgAnalysis) importsLib(lib *model.Library) bool {
	for _, p := range lib.Packages {
		if a.imports()[p] != nil {
			return true
		}
	}
	return false
}

// sessionAt returns the session a modelled call acts on.
func (a *pkgAnalysis) sessionAt(ci *callInfo, sc model.SessionCall) *Session {
	c := sc.Call
	switch c.Session {
	case model.OnReceiver:
		v := ci.recv
		if v == nil {
			v = ci.arg(0)
		}
		return a.sessionFor(v, sc.Lib)
	case model.OnContext, model.OnRequest, model.OnFramework:
		arg := ci.arg(c.Arg)
		if arg == nil {
			return nil
		}
		return a.intern(sc.Lib, a.root(arg), "", false)
	case model.OnArg:
		return a.sessionFor(ci.arg(c.Arg), sc.Lib)
	case model.OnResult:
		call, ok := ci.instr.(*ssa.Call)
		if !ok {
			return nil
		}
		return a.sessionOfCall(call, 0, sc.Lib)
	}
	return nil
}

// fieldOf returns the model name of the field addr selects.
func fieldOf(addr *ssa.FieldAddr) (model.Field, bool) {
	st, ok := derefStruct(addr.X.Type())
	if !ok || addr.Field >= st.NumFields() {
		return model.Field{}, false
	}
	tn, ok := model.TypeNameOf(addr.X.Type())
	if !ok {
		return model.Field{}, false
	}
	return model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: st.Field(addr.Field).Name()}, true
}

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
	f, ok := fieldOf(fa)
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
		op.KeyConst, op.KeyKnown = constString(up.Key)
		return append(ops, op)
	}
	if sess := a.keySession(up.Key); sess != nil {
		return append(ops, &Op{Instr: up, Pos: up.Pos(), Role: model.RoleSink, Lib: model.HandMade,
			Name: "map write", Session: sess, Commit: model.CommitOnWrite, Value: up.Value})
	}
	if sess := a.recordMap(up.Map); sess != nil {
		op := &Op{Instr: up, Pos: up.Pos(), Role: model.RoleSink, Lib: model.HandMade,
			Name: "map write", Session: sess, Commit: model.CommitOnWrite, Key: up.Key, Value: up.Value}
		op.KeyConst, op.KeyKnown = constString(up.Key)
		return append(ops, op)
	}
	return ops
}

func (a *pkgAnalysis) storeOps(ops []*Op, st *ssa.Store) []*Op {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return ops
	}
	f, ok := fieldOf(fa)
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
		return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleRenew, Lib: lib, Name: f.Name,
			Session: sess, Commit: commitOf(sess.Lib)})
	}
	if lib := model.LookupSinkField(f); lib != nil {
		// Values = map[interface{}]interface{}{}: clears, keeps the ID.
		sess := a.sessionFor(fa.X, lib)
		if sess == nil {
			return ops
		}
		return append(ops, &Op{Instr: st, Pos: st.Pos(), Role: model.RoleTrap, Lib: lib, Name: "clearing " + f.Name,
			Session: sess, Commit: commitOf(sess.Lib)})
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

// isStd reports whether fn belongs to the standard library.
func (a *pkgAnalysis) isStd(fn *types.Func) bool {
	return fn.Pkg() != a.pass.Pkg && stdlib.IsStd(fn.Pkg().Path())
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
	name := ci.fn.Name()
	verbNamed := writeVerbs.MatchString(name)
	sessionNamed := sessionWrite.MatchString(name) && !cookieWord.MatchString(name)
	if !sessionNamed && !verbNamed {
		return nil
	}
	pkg := ci.fn.Pkg()
	if pkg == nil || a.isStd(ci.fn) || model.Lookup(pkg.Path()) != nil || ssautil.TakesCallback(ci.common) {
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
		if s, ok := constString(v); ok && !op.KeyKnown {
			op.Key, op.KeyConst, op.KeyKnown = v, s, true
			continue
		}
		if _, isConst := v.(*ssa.Const); !isConst {
			op.Value = v
		}
	}
	return op
}

// calleeSummary returns the summary of the function a call calls, from
// this package's analysis or from facts.
func (a *pkgAnalysis) calleeSummary(ci *callInfo) *summary {
	if ci.common.IsInvoke() {
		impl := a.implementation(ci)
		if impl == nil {
			return nil
		}
		// The method's parameters: the receiver, then the arguments.
		ci.params = append([]ssa.Value{ci.recv}, ci.args...)
		if impl.Pkg() == a.pass.Pkg {
			if fn := a.ssa.Pkg.Prog.FuncValue(impl); fn != nil {
				return a.summarize(fn)
			}
			return nil
		}
		return a.factSummary(impl)
	}
	if ci.callee != nil && ci.callee.Pkg == a.ssa.Pkg {
		return a.summarize(ci.callee)
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
					RenewedAfter: w.renewedAfter, AfterAuth: w.afterAuth},
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

// entry is a key and value a helper writes, as the caller gives them.
type entry struct {
	key      ssa.Value
	keyConst string
	keyKnown bool
	value    ssa.Value
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
			k, known := constString(kv[0])
			out = append(out, entry{key: kv[0], keyConst: k, keyKnown: known, value: kv[1]})
		}
		if len(out) > 0 {
			return out
		}
		return []entry{{}} // a map built otherwise: an unknown key and value
	}
	e := entry{keyConst: w.key, keyKnown: w.keyKnown, value: arg(w.valueParam)}
	if k := arg(w.keyParam); k != nil {
		e.key = k
		e.keyConst, e.keyKnown = constString(k)
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
		s = a.intern(r.lib, a.root(v), "", false)
	}
	if s == nil {
		return nil
	}
	if r.name != "" && s.Name == "" && !s.Fresh {
		s = a.intern(s.Lib, s.Root, r.name, false)
	}
	return s
}

// chosenArg returns the hand-made session of a string argument the client
// sent, for a call named like a session write that is not a helper seen
// writing a library's session.
func (a *pkgAnalysis) chosenArg(ci *callInfo) (*Session, ssa.Value) {
	for _, v := range ci.args {
		if _, isConst := v.(*ssa.Const); isConst || !ssautil.IsString(v.Type()) {
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
func entryOps(op *Op) []*Op {
	entries := mapLiteral(op.Value)
	if len(entries) == 0 {
		return []*Op{op}
	}
	out := make([]*Op, 0, len(entries))
	for _, kv := range entries {
		e := *op
		e.Key, e.Value = kv[0], kv[1]
		e.KeyConst, e.KeyKnown = constString(kv[0])
		out = append(out, &e)
	}
	return out
}
