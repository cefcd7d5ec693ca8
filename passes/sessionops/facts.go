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
}

func (*returnsRequestSession) AFact() {}

func (f *returnsRequestSession) String() string {
	return fmt.Sprintf("returnsRequestSession(ids%v records%v keyed%v)", f.IDs, f.Records, f.Keyed)
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
// write or renew a session, which an interface may hide.
type SessionMethods struct{ Methods []string }

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
		if f := toRenews(sum.renews); f != nil {
			a.pass.ExportObjectFact(obj, f)
			a.sessionMethod(fn)
		}
		if f := toWrites(sum.writes); f != nil {
			a.pass.ExportObjectFact(obj, f)
			a.sessionMethod(fn)
		}
		if len(sum.fresh) > 0 {
			a.pass.ExportObjectFact(obj, &returnsFresh{Results: sum.fresh})
		}
		if len(sum.idResults)+len(sum.recordResults)+len(sum.keyedResults) > 0 {
			f := &returnsRequestSession{IDs: sum.idResults, Records: sum.recordResults}
			for _, k := range sum.keyedResults {
				f.Keyed = append(f.Keyed, [2]int{k.Result, k.Param})
			}
			a.pass.ExportObjectFact(obj, f)
		}
	}
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
	s := &summary{}
	var rf renews
	if a.pass.ImportObjectFact(fn, &rf) {
		for _, r := range rf.Sessions {
			if lib := libByKey(r.Lib); lib != nil {
				s.renews = append(s.renews, sref{param: r.Param, freeVar: -1, lib: lib, name: r.Name})
			}
		}
	}
	var wf writes
	if a.pass.ImportObjectFact(fn, &wf) {
		for _, w := range wf.Writes {
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
				expr:          w.Expr,
				where:         w.Where,
			})
		}
	}
	var rs returnsRequestSession
	if a.pass.ImportObjectFact(fn, &rs) {
		s.idResults, s.recordResults = rs.IDs, rs.Records
		for _, k := range rs.Keyed {
			s.keyedResults = append(s.keyedResults, keyedResult{Result: k[0], Param: k[1]})
		}
	}
	var ff returnsFresh
	if a.pass.ImportObjectFact(fn, &ff) {
		s.fresh = ff.Results
	}
	a.factSums[fn] = s
	return s
}
