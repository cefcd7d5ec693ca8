package sessionops

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// Facts, exported on functions and methods so that a helper in another
// package works like inline code. A session is named by the function's
// parameter it comes from (Param counts the receiver of a method as 0): the
// session value itself (gorilla *sessions.Session), or the request or
// context whose session it is (scs, a framework context).

// factRef names a session a function is given.
type factRef struct {
	Param int
	Lib   string // libKey of the library
	Name  string // session name, "" when any
}

func (r factRef) String() string {
	s := fmt.Sprintf("p%d %s", r.Param, r.Lib)
	if r.Name != "" {
		s += fmt.Sprintf(" %q", r.Name)
	}
	return s
}

// renews: on every path to a normal return, the function gives these
// sessions a new ID.
type renews struct {
	Sessions []factRef
}

func (*renews) AFact() {}

func (f *renews) String() string {
	parts := make([]string, len(f.Sessions))
	for i, r := range f.Sessions {
		parts[i] = r.String()
	}
	return "renews(" + strings.Join(parts, ", ") + ")"
}

// writes: the function writes into these sessions without renewing them
// first.
type writes struct {
	Writes []factWrite
}

// factWrite is one write. KeyParam is the parameter that is the key when
// the caller gives it (a setSession(c, key, value) wrapper), MapParam the
// map parameter whose entries are written (for k, v := range m { s.Set(k,
// v) }), -1 if none: the caller's keys and values are judged at the call.
// ValueParam is the parameter the written value
// carries the identity of (-1 if none); ValueIdentity says the value is
// user-like by itself. Persisted: the write is persisted inside the
// function. RenewedAfter: every path from the write to the return renews
// the session. AfterAuth: the write follows a successful authentication
// inside the function. Expr and Where say how and where the write is
// written.
type factWrite struct {
	Session       factRef
	Name          string
	Key           string
	KeyKnown      bool
	KeyParam      int
	MapParam      int
	ValueParam    int
	ValueIdentity bool
	FoundParams   []int
	Persisted     bool
	RenewedAfter  bool
	AfterAuth     bool
	Recv          string
	Expr          string
	Where         string
}

func (*writes) AFact() {}

func (f *writes) String() string {
	parts := make([]string, len(f.Writes))
	for i, w := range f.Writes {
		key := "?"
		if w.KeyKnown {
			key = fmt.Sprintf("%q", w.Key)
		}
		parts[i] = fmt.Sprintf("%s[%s]", w.Session, key)
	}
	return "writes(" + strings.Join(parts, ", ") + ")"
}

// returnsFresh: the function's results at these indices are sessions with
// a new ID (it wraps go-session Refresh or beego SessionRegenerateID).
type returnsFresh struct {
	Results []int
}

func (*returnsFresh) AFact() {}

func (f *returnsFresh) String() string { return fmt.Sprintf("returnsFresh%v", f.Results) }

// returnsRequestSession: the function returns the request's hand-made
// session: at IDs, the ID from the request's session cookie; at Records,
// the record a store keeps under that ID (a Get(w, r) *Session method over
// a map keyed by the cookie's value), on some path.
type returnsRequestSession struct {
	IDs, Records []int
	// Keyed are the results found in a map under a parameter (see
	// summary.keyedResults), as result and parameter index pairs.
	Keyed [][2]int
	// ContextStores are the parameters the function puts into the
	// request's context, ContextResults the results it takes from it
	// (see contextSlot).
	ContextStores, ContextResults []contextSlot
}

func (*returnsRequestSession) AFact() {}

func (f *returnsRequestSession) String() string {
	return fmt.Sprintf("returnsRequestSession(ids%v records%v keyed%v context stores%v results%v)", f.IDs, f.Records, f.Keyed, f.ContextStores, f.ContextResults)
}

// HiddenImplementations is a package fact: the package calls these
// methods of the module's own interfaces, which take a context, a request
// or a session, and sees no implementation of them (it does not import
// the packages that register one: GoFrame's logic packages behind its
// service interfaces).
type HiddenImplementations struct{ Methods []string }

// AFact marks HiddenImplementations as a fact.
func (*HiddenImplementations) AFact() {}

func (f *HiddenImplementations) String() string {
	return "hiddenImplementations" + fmt.Sprint(f.Methods)
}

// SessionMethods is a package fact: the package's methods (by name) that
// write or renew a session, which an interface may hide; and, for those
// whose receiver implements interfaces of the module, their facts under
// those interfaces. A package that calls such a method through the
// interface without importing the implementation reads them here: facts
// about the method itself cannot be read where its receiver's type is
// not in the export data (an unexported type a package registers in its
// init: GoFrame's logic packages).
type SessionMethods struct {
	Methods []string
	Impls   []ImplFacts
}

// ImplFacts are the facts of a method whose receiver implements the
// module's interfaces Ifaces ("path.Name").
type ImplFacts struct {
	Ifaces  []string
	Method  string
	Renews  *renews
	Writes  *writes
	Request *returnsRequestSession
	Fresh   *returnsFresh
}

// AFact marks SessionMethods as a fact.
func (*SessionMethods) AFact() {}

func (f *SessionMethods) String() string { return "sessionMethods" + fmt.Sprint(f.Methods) }

// ModuleRounds is the standalone driver's policy for analysing a module
// again with every package's facts (its facts: the package facts of each
// package of the module, by path): the packages that call, through an
// interface they cannot resolve, a method some package of the module
// implements with a session write or renewal. They, and what imports
// them, need another round.
func ModuleRounds(facts map[string][]analysis.Fact) map[string]bool {
	offered := map[string]bool{}
	for _, fs := range facts {
		for _, f := range fs {
			if sm, ok := f.(*SessionMethods); ok {
				for _, m := range sm.Methods {
					offered[m] = true
				}
			}
		}
	}
	rerun := map[string]bool{}
	for path, fs := range facts {
		for _, f := range fs {
			if h, ok := f.(*HiddenImplementations); ok && slices.ContainsFunc(h.Methods, func(m string) bool { return offered[m] }) {
				rerun[path] = true
			}
		}
	}
	return rerun
}

// libKey names a library in facts.
func libKey(lib *model.Library) string {
	return lib.Name + "@" + lib.Module
}

func libByKey(key string) *model.Library {
	for _, lib := range []*model.Library{model.HandMade, model.HandMadeRecord} {
		if key == libKey(lib) {
			return lib
		}
	}
	for _, lib := range model.All {
		if libKey(lib) == key {
			return lib
		}
	}
	return nil
}

// sessionMethod records a method that writes or renews a session, for
// the package's SessionMethods fact.
func (a *pkgAnalysis) sessionMethod(fn *ssa.Function) {
	if fn.Signature.Recv() != nil && !slices.Contains(a.sessionMethods, fn.Name()) {
		a.sessionMethods = append(a.sessionMethods, fn.Name())
	}
}

// exportFacts exports the facts of the package's named functions.
func (a *pkgAnalysis) exportFacts(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != a.pass.Pkg {
			continue
		}
		sum := a.sums[fn]
		if sum.empty() {
			continue
		}
		impl := ImplFacts{Method: fn.Name(), Renews: toRenews(sum.renews), Writes: toWrites(sum.writes)}
		if impl.Renews != nil {
			a.pass.ExportObjectFact(obj, impl.Renews)
			a.sessionMethod(fn)
		}
		if impl.Writes != nil {
			a.pass.ExportObjectFact(obj, impl.Writes)
			a.sessionMethod(fn)
		}
		if len(sum.fresh) > 0 {
			impl.Fresh = &returnsFresh{Results: sum.fresh}
			a.pass.ExportObjectFact(obj, impl.Fresh)
		}
		if len(sum.idResults)+len(sum.recordResults)+len(sum.keyedResults)+len(sum.ctxStores)+len(sum.ctxResults) > 0 {
			impl.Request = &returnsRequestSession{IDs: sum.idResults, Records: sum.recordResults,
				ContextStores: sum.ctxStores, ContextResults: sum.ctxResults}
			for _, k := range sum.keyedResults {
				impl.Request.Keyed = append(impl.Request.Keyed, [2]int{k.Result, k.Param})
			}
			a.pass.ExportObjectFact(obj, impl.Request)
		}
		if recv := fn.Signature.Recv(); recv != nil && (impl.Renews != nil || impl.Writes != nil || impl.Fresh != nil || impl.Request != nil) {
			if impl.Ifaces = a.moduleInterfaces(recv.Type(), fn.Name()); len(impl.Ifaces) > 0 {
				a.impls = append(a.impls, impl)
			}
		}
	}
}

// moduleInterfaces returns the interfaces declared in the module (in this
// package and the module packages it imports) that t implements and that
// have method name, as "path.Name", sorted.
func (a *pkgAnalysis) moduleInterfaces(t types.Type, name string) []string {
	var out []string
	for path, p := range a.imports() {
		if !a.inModule(path) {
			continue
		}
		scope := p.Scope()
		for _, n := range scope.Names() {
			tn, ok := scope.Lookup(n).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			iface, ok := tn.Type().Underlying().(*types.Interface)
			if !ok || iface.NumMethods() == 0 {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
				continue
			}
			if obj, _, _ := types.LookupFieldOrMethod(iface, false, p, name); obj == nil {
				continue
			}
			if types.Implements(t, iface) {
				out = append(out, path+"."+tn.Name())
			}
		}
	}
	slices.Sort(out)
	return out
}

func toRenews(refs []sref) *renews {
	var f renews
	for _, r := range refs {
		if r.param >= 0 {
			f.Sessions = append(f.Sessions, factRef{Param: r.param, Lib: libKey(r.lib), Name: r.name})
		}
	}
	if len(f.Sessions) == 0 {
		return nil
	}
	return &f
}

func toWrites(ws []swrite) *writes {
	var f writes
	for _, w := range ws {
		if w.sess.param < 0 {
			continue
		}
		f.Writes = append(f.Writes, factWrite{
			Session:       factRef{Param: w.sess.param, Lib: libKey(w.sess.lib), Name: w.sess.name},
			Name:          w.name,
			Key:           w.key,
			KeyKnown:      w.keyKnown,
			KeyParam:      w.keyParam,
			MapParam:      w.mapParam,
			ValueParam:    w.valueParam,
			ValueIdentity: w.valueIdentity,
			FoundParams:   w.foundParams,
			Persisted:     w.persisted,
			RenewedAfter:  w.renewedAfter,
			AfterAuth:     w.afterAuth,
			Recv:          w.recv,
			Expr:          w.expr,
			Where:         w.where,
		})
	}
	if len(f.Writes) == 0 {
		return nil
	}
	return &f
}

// factSummary returns the summary of a function of another package, from
// its facts.
func (a *pkgAnalysis) factSummary(fn *types.Func) *summary {
	if s, ok := a.factSums[fn]; ok {
		return s
	}
	var f ImplFacts
	if rf := new(renews); a.pass.ImportObjectFact(fn, rf) {
		f.Renews = rf
	}
	if wf := new(writes); a.pass.ImportObjectFact(fn, wf) {
		f.Writes = wf
	}
	if rs := new(returnsRequestSession); a.pass.ImportObjectFact(fn, rs) {
		f.Request = rs
	}
	if ff := new(returnsFresh); a.pass.ImportObjectFact(fn, ff) {
		f.Fresh = ff
	}
	s := f.summary()
	a.factSums[fn] = s
	return s
}

// summary turns facts into the summary a call of their function is
// judged by.
func (f *ImplFacts) summary() *summary {
	s := &summary{}
	if f.Renews != nil {
		for _, r := range f.Renews.Sessions {
			if lib := libByKey(r.Lib); lib != nil {
				s.renews = append(s.renews, sref{param: r.Param, freeVar: -1, lib: lib, name: r.Name})
			}
		}
	}
	if f.Writes != nil {
		for _, w := range f.Writes.Writes {
			lib := libByKey(w.Session.Lib)
			if lib == nil {
				continue
			}
			s.writes = append(s.writes, swrite{
				sess:          sref{param: w.Session.Param, freeVar: -1, lib: lib, name: w.Session.Name},
				name:          w.Name,
				key:           w.Key,
				keyKnown:      w.KeyKnown,
				keyParam:      w.KeyParam,
				mapParam:      w.MapParam,
				valueParam:    w.ValueParam,
				valueFreeVar:  -1,
				valueIdentity: w.ValueIdentity,
				foundParams:   w.FoundParams,
				persisted:     w.Persisted,
				renewedAfter:  w.RenewedAfter,
				afterAuth:     w.AfterAuth,
				recv:          w.Recv,
				expr:          w.Expr,
				where:         w.Where,
			})
		}
	}
	if f.Request != nil {
		s.idResults, s.recordResults = f.Request.IDs, f.Request.Records
		s.ctxStores, s.ctxResults = f.Request.ContextStores, f.Request.ContextResults
		for _, k := range f.Request.Keyed {
			s.keyedResults = append(s.keyedResults, keyedResult{Result: k[0], Param: k[1]})
		}
	}
	if f.Fresh != nil {
		s.fresh = f.Fresh.Results
	}
	return s
}

// packagedSummary is the summary of the method an interface of the
// module runs when the module's package facts name an implementation of
// it (SessionMethods.Impls) the analysis cannot see otherwise; of several,
// one that writes a session. Nil when none does.
func (a *pkgAnalysis) packagedSummary(ci *callInfo) *summary {
	named, ok := types.Unalias(ci.recv.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !a.inModule(named.Obj().Pkg().Path()) {
		return nil
	}
	return a.packagedImpls()[named.Obj().Pkg().Path()+"."+named.Obj().Name()+"."+ci.fn.Name()]
}

// packagedImpls returns the summaries of the implementations the
// module's package facts carry, by "interface path.Name.Method", read once
// per package.
func (a *pkgAnalysis) packagedImpls() map[string]*summary {
	if a.implSums != nil {
		return a.implSums
	}
	found := map[string]*ImplFacts{}
	for _, pf := range a.pass.AllPackageFacts() {
		sm, ok := pf.Fact.(*SessionMethods)
		if !ok {
			continue
		}
		for i := range sm.Impls {
			f := &sm.Impls[i]
			for _, iface := range f.Ifaces {
				key := iface + "." + f.Method
				if old := found[key]; old == nil || old.Writes == nil && f.Writes != nil {
					found[key] = f
				}
			}
		}
	}
	a.implSums = map[string]*summary{}
	for key, f := range found {
		a.implSums[key] = f.summary()
	}
	return a.implSums
}
