package sessionops

import (
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
	"github.com/sessionlint/sessionlint/passes/constvars"
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
	// consts reads keys kept in package-level variables as constants.
	consts *constvars.Result

	callCache    map[*types.Func]model.SessionCall
	pkgs         map[string]*types.Package
	roots        map[ssa.Value]ssa.Value
	sessions     map[sessionKey]*Session
	callSessions map[callResult]*Session
	cookies      map[ssa.Value]*Session
	storeTypes   map[model.TypeName]bool // store type -> stateless
	gstores      map[*ssa.Global][]ssa.Value
	libStore     map[*model.Library]storeVerdict
	byCookie     map[*model.Library]byCookieStore
	module       *modulescan.Scan
	modPath      *string // the module\'s path, once known
	sums         map[*ssa.Function]*summary
	runAtCall    map[*ssa.Function]bool // literals judged at the call given them (literalOps)
	factSums     map[*types.Func]*summary
	auth         *points
	origins      *valueflow.Result
	idSinks      *idsinks.Result
	cookieValues map[ssa.Value]string // the values sent as cookies, with their names
	recordTypes  map[types.Type]bool
	ctxKeys      map[string]bool // recordContextKeys, once computed
	// unresolved are the methods of the module's own interfaces, taking
	// a context, a request or a session, whose calls found no
	// implementation; sessionMethods the package's methods that write or
	// renew a session (the package facts the standalone driver reads).
	unresolved, sessionMethods []string
	// impls are the facts of the package's methods that implement
	// interfaces of the module (SessionMethods.Impls).
	impls []ImplFacts
	// implSums are the summaries of the implementations other packages'
	// facts carry (packagedImpls).
	implSums map[string]*summary
	// methodFacts are the facts about the module's methods, by name
	// (moduleMethodFacts).
	methodFacts map[string][]analysis.ObjectFact
}

func newAnalysis(pass *analysis.Pass, s *buildssa.SSA) *pkgAnalysis {
	return &pkgAnalysis{
		pass:         pass,
		ssa:          s,
		consts:       pass.ResultOf[constvars.Analyzer].(*constvars.Result),
		callCache:    map[*types.Func]model.SessionCall{},
		roots:        map[ssa.Value]ssa.Value{},
		sessions:     map[sessionKey]*Session{},
		callSessions: map[callResult]*Session{},
		cookies:      map[ssa.Value]*Session{},
		libStore:     map[*model.Library]storeVerdict{},
		byCookie:     map[*model.Library]byCookieStore{},
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
	// keyedResults are the results that are, on some path, a record
	// looked up in a map under one of the function's parameters
	// (get(key) returning sessions[key]): the request's record where the
	// caller passes the session cookie's value.
	keyedResults []keyedResult
	// ctxStores are the parameters the function puts into the context,
	// ctxResults the results it takes from it (see contextSlot).
	ctxStores, ctxResults []contextSlot
	busy                  bool
}

// keyedResult is a result found in a map under parameter Param.
type keyedResult struct{ Result, Param int }

func (s *summary) empty() bool {
	return s == nil || len(s.renews) == 0 && len(s.writes) == 0 && len(s.fresh) == 0 &&
		len(s.idResults) == 0 && len(s.recordResults) == 0 && len(s.keyedResults) == 0 &&
		len(s.ctxStores) == 0 && len(s.ctxResults) == 0
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
	valueFreeVar  int // for a function literal, the free variable the value carries the identity of; -1 if none
	valueIdentity bool
	foundParams   []int // the parameters a lookup that found the identity was given
	persisted     bool
	renewedAfter  bool
	afterAuth     bool
	recv          string // the receiver the model names the write by (Helper.Recv)
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
	s.keyedResults = keyedResults(fn)
	s.ctxStores, s.ctxResults = contextSlots(fn)
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
		if op.Value != nil && ZeroValue(op.Value) {
			// A zero value clears (authenticated = false): no identity
			// for a caller to judge.
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
			valueFreeVar:  freeVarIndex(fn, op.Value),
			valueIdentity: op.ValueIdentity || IdentityValue(op.Value),
			foundParams:   a.foundParams(op),
			persisted:     op.Commit == model.CommitOnWrite || (op.Commit == model.CommitOnSave && v.PersistVisible),
			renewedAfter:  v.Sanitized,
			afterAuth:     judgedInside(reach, points, op) || op.Helper != nil && op.Helper.AfterAuth || a.findsLogin(fn, op),
			pos:           op.Pos,
		}
		if op.Entries != nil {
			w.mapParam = directParam(fn, op.Entries)
		}
		if !op.KeyKnown && w.mapParam < 0 {
			w.keyParam = directParam(fn, op.Key)
		}
		if h := op.Helper; h != nil {
			w.expr, w.pos, w.where, w.recv = h.Expr, h.WritePos, h.Where, h.Recv
		} else {
			if op.Call != nil {
				w.recv = op.Call.Func.Recv
			}
			w.expr = SessionExpr(a.pass.Files, op)
			w.where = a.where(op.Pos)
		}
		s.writes = append(s.writes, w)
	}
}

// judgedInside reports whether an authentication point of fn reaches op,
// so that fn's write is judged (and reported) in fn rather than at its
// calls. A point that is only fn's name does not hold for a write of the
// entries of a map the callers pass (sess.Values = values in
// saveOAuthSessionValues): what it writes is known only at the calls.
func judgedInside(reach *Reach, points []authsuccess.Point, op *Op) bool {
	p := reach.FirstPoint(points, op.Instr)
	return p != nil && (p.Kind != authsuccess.KindName || op.Entries == nil)
}

// findsLogin reports whether fn, a function literal or a function only
// function literals call (a route's closure calling createUser(w, r,
// db, store)), finds the identity op writes from the request's data
// itself: the write is judged there (sessionfixation), not at fn's calls.
func (a *pkgAnalysis) findsLogin(fn *ssa.Function, op *Op) bool {
	if op.Value == nil || a.origins == nil || !a.origins.Wrapped(fn) {
		return false
	}
	return a.origins.Provenance(op.Value, op.Instr).FoundIn(fn)
}

// selectedIn reports whether the module selects a release of lib at or
// after since and before before (an empty bound is no bound); an
// unknown version is assumed to be in neither the fixed nor the old
// range, so a bounded call does not count.
func (a *pkgAnalysis) selectedIn(lib *model.Library, since, before string, fn *types.Func) bool {
	if since == "" && before == "" {
		return true
	}
	return modulescan.InRange(modulescan.SelectedVersion(a.pass, lib.Module, fn), since, before)
}

// foundParams returns the parameters of the function holding op that a
// lookup finding the identity op writes was given: the value's own
// lookups, and, for a helper's write, what the caller's arguments for the
// helper's FoundParams derive from.
func (a *pkgAnalysis) foundParams(op *Op) []int {
	if a.origins == nil {
		return nil
	}
	var out []int
	add := func(ps []int) {
		for _, p := range ps {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	if op.Value != nil {
		add(a.origins.Provenance(op.Value, op.Instr).Params)
	}
	if call, ok := op.Instr.(ssa.CallInstruction); ok {
		for _, arg := range op.Found {
			add(a.origins.FoundBy(arg, call).Params)
		}
	}
	return out
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

// negativeField reports whether v is a struct literal whose field is set
// to a negative constant (sessions.Options{MaxAge: -1}).
func negativeField(v ssa.Value, field string) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, fs := range ssautil.FieldStores(alloc) {
		if fs.Field.Name() != field {
			continue
		}
		if c, ok := fs.Store.Val.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
			return constant.Sign(c.Value) < 0
		}
	}
	return false
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
		if sc.Role == model.RoleFreshCheck && !a.selectedIn(sc.Lib, sc.Call.Since, "", ci.fn) {
			return ops // an old release: not to be trusted
		}
		if sc.Role == model.RoleFreshCheck && sc.Call.Absent {
			// The request's cookie, "" when absent: only a session
			// cookie's absence says a later session is new.
			name, ok := ssautil.ConstString(ci.arg(sc.Call.Arg))
			if !ok || !idsinks.SessionWord.MatchString(name) || ci.recv == nil {
				return ops
			}
			return append(ops, &Op{Instr: instr, Pos: callPos(instr), Role: sc.Role, Lib: sc.Lib, Call: sc.Call,
				Name: ci.fn.Name(), Session: a.intern(sc.Lib, a.root(ci.recv), "", false), Commit: commitOf(sc.Lib),
				Deferred: deferred, Async: async})
		}
		if sc.Call.NoOptions && !noVariadic(ci) {
			return ops // told how to behave: not known to renew
		}
		op := &Op{
			Instr: instr, Pos: callPos(instr), Role: sc.Role, Lib: sc.Lib, Call: sc.Call,
			Name: ci.fn.Name(), Deferred: deferred, Async: async,
		}
		op.Session = a.sessionAt(ci, sc)
		if op.Session == nil {
			return ops
		}
		op.Commit = commitOf(op.Session.Lib)
		if sc.Role == model.RoleTrap && sc.Call.Expires != "" && op.Session.RecordByCookie != "" && !op.Session.RecordForRequest && negativeField(ci.arg(0), sc.Call.Expires) {
			// The record deleted, the next Save of a store that finds it
			// by the request's cookie mints a new ID.
			op.Role = model.RoleRenew
		}
		if sc.Role == model.RoleSink {
			if sc.Call.Key >= 0 {
				op.Key = ci.arg(sc.Call.Key)
				op.KeyConst, op.KeyKnown = a.consts.String(op.Key)
			}
			if sc.Call.Value >= 0 {
				op.Value = ci.arg(sc.Call.Value)
			}
			if sc.Call.Entries {
				return append(ops, a.entryOps(op)...)
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
	ops = a.helperOps(ops, ci, instr, deferred, async)
	return a.literalOps(ops, ci, instr, deferred, async)
}

// noVariadic reports whether the call passes nothing to its callee's
// variadic parameter.
func noVariadic(ci *callInfo) bool {
	sig := ci.fn.Type().(*types.Signature)
	if !sig.Variadic() {
		return true
	}
	c, ok := ci.arg(sig.Params().Len() - 1).(*ssa.Const)
	return ok && c.IsNil()
}

// stripOps recognises r.Header.Del("Cookie") and r.Header.Set("Cookie",
// ...): for a library that renews by stripping the session cookie from the
// request (model RenewByStrippingCookie), the session obtained from that
// request afterwards has a new ID. Sessions obtained from the request
// before are not told apart from those obtained after.
func (a *pkgAnalysis) stripOps(ops []*Op, ci *callInfo, instr ssa.CallInstruction) []*Op {
	if ci.fn == nil || ci.recv == nil {
		return ops
	}
	f, ok := model.FuncOf(ci.fn)
	if !ok {
		return ops
	}
	strips := func(lib *model.Library) bool {
		if f.Pkg == "net/http" && f.Recv == "Header" && (f.Name == "Del" || f.Name == "Set") {
			name, ok := ssautil.ConstString(ci.arg(0))
			return ok && strings.EqualFold(name, "Cookie")
		}
		for _, c := range lib.Session.CookieStrippers {
			if c.Func == f && a.selectedIn(lib, "", c.Before, ci.fn) {
				return true
			}
		}
		return false
	}
	root := a.root(ci.recv)
	for _, lib := range model.All {
		if lib.Session == nil || !lib.Session.RenewByStrippingCookie || !a.importsLib(lib) || !strips(lib) {
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

// isStd reports whether fn belongs to the standard library.
func (a *pkgAnalysis) isStd(fn *types.Func) bool {
	return fn.Pkg() != a.pass.Pkg && stdlib.IsStd(fn.Pkg().Path())
}

// applicationFunc reports whether fn is the application's own: in a
// package, neither the standard library's nor a modelled library's.
func (a *pkgAnalysis) applicationFunc(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && !a.isStd(fn) && model.Lookup(fn.Pkg().Path()) == nil
}

// entry is a key and value a helper writes, as the caller gives them.
type entry struct {
	key      ssa.Value
	keyConst string
	keyKnown bool
	value    ssa.Value
}
