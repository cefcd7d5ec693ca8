// Package sessionops defines an analysis pass that finds, in every function
// of a package, the operations on web sessions: where a session is obtained,
// written, persisted, given a new ID (renewed), or cleared in a way that
// only looks like a renewal (a trap). It reads the library models of
// internal/model and never reports.
//
// Each operation names the session it acts on as a canonical *Session, so
// that two operations on the same session compare equal: the receiver
// *sessions.Session traced back through copies, phis, captured variables
// and field loads to the call that obtained it or to a parameter; an scs
// context traced back to the request it came from (every scs call on the
// same request is the same session, whatever the manager). Operations
// whose sessions cannot be told apart are treated as acting on the same
// session (Session.Same).
//
// Calls of functions that renew or write a session (in this package or, via
// facts, in another) appear as operations at the call, so a helper works
// exactly like inline code.
//
// The API other analyzers use:
//
//   - Result.Of(fn) lists fn's ops ([]*Op, in instruction order);
//     Result.Order lists the functions that have some.
//   - Op: Instr, Pos, Role (model.RoleObtain, RoleSink, RolePersist,
//     RoleRenew, RoleTrap), Lib, Call (the model entry), Name, Session,
//     Commit (when a write persists), Key/KeyConst/KeyKnown and Value of a
//     write, Deferred, Async, Helper (set on the effect of a summarised
//     call: Callee, Func, WritePos/Where of the write inside, Expr,
//     RenewedAfter, AfterAuth).
//   - Session: Lib, Root, Name, Fresh (created by a sanitizer), Stateless
//     (a signed-cookie store); Same(other).
//   - Flow(fn, ops) runs the renewal dataflow: per write a Verdict
//     (RenewedBefore, Sanitized, PersistVisible, Trap), and the sessions
//     renewed on every path to a return.
//   - Result.Points(fn) gives authsuccess's points in this pass's SSA form;
//     NewReach(fn).Reaches / FirstPoint answer whether a point reaches an
//     instruction.
//   - CustomOps(fn, sinks, sanitizers) builds ops for a team's own calls.
//   - Syntax, SessionExpr, ArgExpr, Where and WhereOf render ops for
//     messages; IdentityType, IdentityValue, FromValue and Trace judge
//     whether a value carries a user's identity; Callee resolves a call.
//
// Library semantics worth knowing: gorilla's Session.ID = "" is a renewal
// at the next Save; go-session Refresh and beego's Manager.SessionRegenerateID
// renew only the session they return (Fresh), not the one obtained before;
// scs Destroy is treated as a renewal where it runs: a Put after it commits
// under a new token, and a write before it is wiped with the session, so
// either way no identity persists under the old token (model Call.Requires
// records the condition for the docs).
package sessionops

import (
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
	"github.com/sessionlint/sessionlint/passes/constvars"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
	"github.com/sessionlint/sessionlint/passes/testonly"
	"github.com/sessionlint/sessionlint/passes/valueflow"
	"github.com/sessionlint/sessionlint/passes/valueflow/idsinks"
)

// Analyzer computes a *Result for a package and exports the facts of its
// functions that renew or write sessions.
var Analyzer = &analysis.Analyzer{
	Name:       "sessionops",
	Doc:        "find the session operations of each function: obtain, write, persist, renew, trap",
	URL:        "https://github.com/sessionlint/sessionlint/tree/main/passes/sessionops",
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer, constvars.Analyzer, testonly.Analyzer, authsuccess.Analyzer, valueflow.Analyzer, idsinks.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(renews), new(writes), new(returnsFresh), new(returnsRequestSession), new(HiddenImplementations), new(SessionMethods)},
}

// Result holds the session operations of every function of the package.
type Result struct {
	// Funcs maps each function (named functions, methods, closures, in
	// the package's source) to its operations in instruction order.
	// Functions without operations are absent.
	Funcs map[*ssa.Function][]*Op
	// Order lists the keys of Funcs in source order.
	Order []*ssa.Function
	// LibraryLogins are the calls that hand a library a store its own
	// login handlers write identity into (model SessionModel.LibraryLogins).
	LibraryLogins []LibraryLogin

	auth      *points
	runAtCall map[*ssa.Function]bool
}

// RunAtCall reports whether fn is a function literal whose operations are
// judged at the call it is given to (c.Invoke(func(...) {...})), as a
// helper's are at its calls.
func (r *Result) RunAtCall(fn *ssa.Function) bool { return r != nil && r.runAtCall[fn] }

// LibraryLogin is a call that hands a library a session store its own
// login handlers write the user into without renewing the ID.
type LibraryLogin struct {
	Call  *ssa.Call
	Lib   *model.Library
	Model *model.Call
	// Store is the session store handed over, as its sessions are
	// judged: Stateless and Store say what it is and how that was decided.
	Store *Session
}

// Of returns the operations of fn, in instruction order.
func (r *Result) Of(fn *ssa.Function) []*Op {
	if r == nil {
		return nil
	}
	return r.Funcs[fn]
}

// Op is one operation on a session.
type Op struct {
	// Instr is the instruction that performs it: a call, a MapUpdate
	// (gorilla Values[k] = v, a hand-made map), a Store (gorilla ID = "",
	// a hand-made record's field), or a Defer or Go of a call.
	Instr ssa.Instruction
	// Pos is where the operation is written in the source: the call's
	// opening parenthesis, the index's bracket, the assigned field's name.
	Pos token.Pos
	// Role is what the operation does.
	Role model.Role
	// Lib is the library whose call or field this is (for a helper, the
	// session's library; for a hand-made store, model.HandMade).
	Lib *model.Library
	// Call is the model's entry for a library call; nil for fields,
	// hand-made stores and helpers.
	Call *model.Call
	// Name is a short name of the operation for messages: the method
	// ("Put", "RenewToken", "Clear"), the field ("Values", "ID"), or the
	// helper's name.
	Name string
	// Session is the session acted on; nil only for a custom sanitizer
	// (from a flag), which renews every session of the function.
	Session *Session
	// Commit is when a write persists: the session library's Commit, or
	// CommitOnWrite for a hand-made store and for a helper that saves the
	// write itself.
	Commit model.Commit
	// Key is a sink's key operand (nil when absent), KeyConst its value
	// when it is a constant string (or the name of the field written), and
	// KeyKnown whether KeyConst is known.
	Key      ssa.Value
	KeyConst string
	KeyKnown bool
	// Value is a sink's value operand, or nil.
	Value ssa.Value
	// Entries is, for a whole map assigned to the session's values
	// (Values = m, m a parameter), the map: its entries are what is
	// written, judged at the calls that pass it.
	Entries ssa.Value
	// ValueIdentity is set on a helper's write whose value is, inside the
	// helper, a user-like value (see IdentityValue).
	ValueIdentity bool
	// Found are, for a helper's write, the call's arguments the helper
	// found the identity from through a lookup (a user found by a query
	// given them): judged by where they come from (valueflow FoundBy).
	Found []ssa.Value
	// Deferred: the operation runs when the function returns (defer).
	// Async: it runs in a new goroutine (go), at an unknown time.
	Deferred, Async bool
	// Helper is set when the operation is the effect of calling a
	// function that renews or writes a session.
	Helper *Helper
}

// Helper describes a call of a function summarised by this pass.
type Helper struct {
	// Callee is the function called.
	Callee *types.Func
	// Func is the called function when it is in this package (for a
	// closure, Callee is nil), else nil.
	Func *ssa.Function
	// WritePos is the position of the write inside the helper when it is
	// in this package, else token.NoPos; Where renders it as file:line.
	WritePos token.Pos
	Where    string
	// Expr is the session expression as written at the write inside the
	// helper (e.g. "sm"), for messages.
	Expr string
	// RenewedAfter: inside the helper, every path from the write to the
	// helper's return renews the session.
	RenewedAfter bool
	// AfterAuth: inside the helper, the write follows a successful
	// authentication (an authsuccess point of the helper, or of a helper
	// it calls): the helper is where the write is judged.
	AfterAuth bool
	// Recv is the receiver the model names the write inside the helper
	// by (Store for store.Set), for the library's advice
	// (model.SessionModel.FixFor).
	Recv string
}

// Session is a canonical session: two operations act on the same session
// when their Sessions are the same pointer or Same reports true.
type Session struct {
	// Lib is the library of the session.
	Lib *model.Library
	// Root is where the session comes from: a parameter, a free variable,
	// a global, the request value (*http.Request, framework context) that
	// a library obtained it from, or the call that created it.
	Root ssa.Value
	// Name is the session's (or hand-made session cookie's) name when
	// it is a known constant, else "".
	Name string
	// Chosen: a hand-made session whose ID the client sent in the
	// request's data (a form value, the OAuth state), not in its cookie.
	Chosen bool
	// Fresh: the session was created by a sanitizer (go-session Refresh,
	// beego Manager.SessionRegenerateID) and has a new ID from birth.
	Fresh bool
	// Stateless: the session lives in a signed cookie (gorilla
	// CookieStore and what wraps it); it has no server-side ID to fix.
	Stateless bool
	// Store says how Stateless was decided.
	Store StoreSource
	// StatelessToo, for a store decided by the module (StoreModule) that
	// builds both kinds for the library (a Redis store or a cookie store
	// chosen at run time), names the signed-cookie one ("cookie.NewStore
	// at main.go:66"): the session counts as server-side, and messages
	// say when that holds.
	StatelessToo string
	// RecordByCookie names the store behind the session when it finds the
	// session's record by the request's cookie, whatever the session's ID
	// says (wader/gormstore: model.SessionModel.RecordByCookie): clearing
	// the ID renews nothing there.
	RecordByCookie string
	// RecordForRequest: that store also keeps the record it found for the
	// request (model.SessionModel.RecordForRequest): deleting it first
	// renews nothing either.
	RecordForRequest bool
}

// StoreSource says how the store behind a session was decided.
type StoreSource int

const (
	// StoreLocal: the library has only server-side stores, or the
	// package's own code shows the store.
	StoreLocal StoreSource = iota
	// StoreModule: from the stores the module's programs construct
	// (internal/modulescan): stateless when every one is.
	StoreModule
	// StoreUnseen: the module constructs no store of the library (it is
	// configured outside the module, or behind code the scan cannot read):
	// counted as server-side.
	StoreUnseen
)

// knownStateless reports whether the package's own code shows the session
// stateless; a store decided by the module is left to the analyzers, whose
// flags may override it (StatelessUnder).
func (s *Session) knownStateless() bool { return s.Stateless && s.Store == StoreLocal }

// StoreMode is what a team states about the session stores sessionlint
// cannot see in a package (sessionfixation -stores). It is a flag.Value.
type StoreMode string

const (
	// StoresAuto: the stores the module constructs decide; a store seen
	// nowhere counts as server-side, and messages say so.
	StoresAuto StoreMode = "auto"
	// StoresStateless: every unseen store keeps the session in its cookie.
	StoresStateless StoreMode = "stateless"
	// StoresServer: every unseen store keeps the session on the server.
	StoresServer StoreMode = "server"
)

func (m *StoreMode) String() string {
	if m == nil || *m == "" {
		return string(StoresAuto)
	}
	return string(*m)
}

// Set parses a mode; "" is auto.
func (m *StoreMode) Set(v string) error {
	switch StoreMode(v) {
	case "", StoresAuto:
		*m = StoresAuto
	case StoresStateless, StoresServer:
		*m = StoreMode(v)
	default:
		return fmt.Errorf("%q is not auto, stateless or server", v)
	}
	return nil
}

// Stated reports whether the mode states the stores (not auto).
func (m StoreMode) Stated() bool { return m == StoresStateless || m == StoresServer }

// StatelessUnder reports whether the session is stateless when a team
// states the kind of the stores sessionlint cannot see in the package: a
// stated mode overrides what the module's stores say; auto keeps it.
func (s *Session) StatelessUnder(mode StoreMode) bool {
	if s.Store == StoreLocal {
		return s.Stateless
	}
	switch mode {
	case StoresStateless:
		return true
	case StoresServer:
		return false
	}
	return s.Stateless
}

// Same reports whether s and t cannot be told apart: the same library and
// root, and the same name when both are known. Fresh sessions are only the
// same as themselves.
func (s *Session) Same(t *Session) bool {
	if s == nil || t == nil {
		return s == t
	}
	if s == t {
		return true
	}
	if s.Lib == Custom || t.Lib == Custom {
		return true
	}
	if s.Fresh || t.Fresh || s.Lib != t.Lib || s.Root != t.Root {
		return false
	}
	return s.Name == "" || t.Name == "" || s.Name == t.Name
}

func (s *Session) String() string {
	if s == nil {
		return "<every session>"
	}
	root := "?"
	if s.Root != nil {
		root = s.Root.Name()
	}
	str := s.Lib.Name + "@" + root
	if s.Name != "" {
		str += fmt.Sprintf("[%q]", s.Name)
	}
	if s.Fresh {
		str += " (fresh)"
	}
	if s.Stateless {
		str += " (stateless)"
	}
	switch s.Store {
	case StoreModule:
		str += " (store from the module)"
	case StoreUnseen:
		str += " (store unseen)"
	}
	return str
}

func run(pass *analysis.Pass) (any, error) {
	auth, _ := pass.ResultOf[authsuccess.Analyzer].(*authsuccess.Result)
	res := &Result{Funcs: map[*ssa.Function][]*Op{}, auth: newPoints(auth)}
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	if ssainfo == nil || ssainfo.Pkg == nil {
		return res, nil // lazyssa found nothing to analyse
	}
	a := newAnalysis(pass, ssainfo)
	a.auth = res.auth
	a.origins, _ = pass.ResultOf[valueflow.Analyzer].(*valueflow.Result)
	a.idSinks, _ = pass.ResultOf[idsinks.Analyzer].(*idsinks.Result)
	for _, fn := range ssainfo.SrcFuncs {
		sum := a.summarize(fn)
		if len(sum.ops) > 0 {
			res.Funcs[fn] = sum.ops
			res.Order = append(res.Order, fn)
		}
	}
	res.runAtCall = a.runAtCall
	a.exportFacts(ssainfo.SrcFuncs)
	res.LibraryLogins = a.libraryLogins()
	if len(a.unresolved) > 0 {
		pass.ExportPackageFact(&HiddenImplementations{Methods: slices.Sorted(slices.Values(a.unresolved))})
	}
	if len(a.sessionMethods) > 0 {
		pass.ExportPackageFact(&SessionMethods{Methods: slices.Sorted(slices.Values(a.sessionMethods)), Impls: a.impls})
	}
	return res, nil
}

// libraryLogins finds the calls of model SessionModel.LibraryLogins and
// judges the store each hands over.
func (a *pkgAnalysis) libraryLogins() []LibraryLogin {
	var out []LibraryLogin
	a.forEachInstr(func(instr ssa.Instruction) {
		call, ok := instr.(*ssa.Call)
		if !ok {
			return
		}
		ci := resolve(call)
		if ci == nil || ci.fn == nil {
			return
		}
		f, ok := model.FuncOf(ci.fn)
		if !ok {
			return
		}
		sc, ok := model.LookupLibraryLogin(f)
		if !ok {
			return
		}
		store := ci.arg(sc.Call.Arg)
		if store == nil {
			return
		}
		// The library of the store's (interface) type: gorilla's Store.
		tn, ok := model.TypeNameOf(store.Type())
		storeLib := model.Lookup(tn.Pkg)
		if !ok || storeLib == nil || storeLib.Session == nil {
			return
		}
		s := &Session{Lib: storeLib, Root: store}
		if stateless, known := a.storeKind(store); known {
			s.Stateless = stateless
		} else {
			v := a.moduleStores(storeLib)
			s.Stateless, s.Store, s.StatelessToo = v.stateless, v.source, v.statelessToo
		}
		out = append(out, LibraryLogin{Call: call, Lib: sc.Lib, Model: sc.Call, Store: s})
	})
	return out
}

// sortOps orders ops by block and instruction index, keeping the relative
// order of ops of the same instruction.
func sortOps(ops []*Op) {
	index := map[ssa.Instruction]int{}
	for _, op := range ops {
		b := op.Instr.Block()
		if b == nil {
			continue
		}
		if _, ok := index[op.Instr]; ok {
			continue
		}
		for i, instr := range b.Instrs {
			if instr == op.Instr {
				index[instr] = i
			}
		}
	}
	sort.SliceStable(ops, func(i, j int) bool {
		bi, bj := ops[i].Instr.Block(), ops[j].Instr.Block()
		if bi != bj {
			if bi == nil || bj == nil {
				return bj == nil && bi != nil
			}
			return bi.Index < bj.Index
		}
		return index[ops[i].Instr] < index[ops[j].Instr]
	})
}
