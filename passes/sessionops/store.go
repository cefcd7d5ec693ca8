package sessionops

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/testonly"
)

// storeKind says whether the store value v is stateless (a signed-cookie
// store), and whether that is known: its static type is one a Stateless
// constructor returns, it is the result of a modelled constructor, or it is
// a package variable every assignment in the package gives such a value. A
// store that cannot be known here (an interface from elsewhere, a
// parameter, a field) is not known: see moduleStores.
func (a *pkgAnalysis) storeKind(v ssa.Value) (stateless, known bool) {
	return a.storeKindWithin(v, map[ssa.Value]bool{})
}

func (a *pkgAnalysis) storeKindWithin(v ssa.Value, seen map[ssa.Value]bool) (stateless, known bool) {
	for depth := 0; depth < maxDepth && v != nil; depth++ {
		if seen[v] {
			return false, false
		}
		seen[v] = true
		if _, isIface := v.Type().Underlying().(*types.Interface); !isIface || !loadedVar(v) {
			// A variable or field of an interface type a constructor
			// returns (a cookieStore cookie.Store field) may hold any
			// store with its methods (gin-contrib's redis store
			// assigned to it): only what is assigned there decides.
			if stateless, known := a.storeType(v.Type()); known {
				return stateless, true
			}
		}
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Call:
			return a.constructed(x)
		case *ssa.Extract:
			if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
				return a.constructed(call)
			}
			return false, false
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false, false
			}
			g, ok := x.X.(*ssa.Global)
			if !ok {
				return false, false
			}
			return a.allStateless(a.globalStores()[g], seen)
		case *ssa.Phi:
			return a.allStateless(x.Edges, seen)
		default:
			return false, false
		}
	}
	return false, false
}

// allStateless combines the kinds of the stores vs: known only when every
// one is known (or one is known server-side), stateless when every one is.
func (a *pkgAnalysis) allStateless(vs []ssa.Value, seen map[ssa.Value]bool) (stateless, known bool) {
	if len(vs) == 0 {
		return false, false
	}
	stateless, known = true, true
	for _, v := range vs {
		s, k := a.storeKindWithin(v, seen)
		if k && !s {
			return false, true
		}
		stateless = stateless && s
		known = known && k
	}
	return stateless && known, known
}

// loadedVar reports whether v is loaded from a variable or a field.
func loadedVar(v ssa.Value) bool {
	u, ok := v.(*ssa.UnOp)
	return ok && u.Op == token.MUL
}

// constructed says what store a call constructs, when it is a modelled
// constructor.
func (a *pkgAnalysis) constructed(call *ssa.Call) (stateless, known bool) {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return false, false
	}
	f, ok := model.FuncOf(ci.fn)
	if !ok {
		return false, false
	}
	_, stateless, known = model.LookupStore(f)
	return stateless, known
}

// storeType says what a store of static type t keeps, when t is the
// specific result type of a modelled constructor (gorilla *CookieStore,
// *FilesystemStore, gin-contrib cookie.Store, redistore *RediStore): a
// type of the constructor's own package, so that a library's general
// Store interface decides nothing.
func (a *pkgAnalysis) storeType(t types.Type) (stateless, known bool) {
	if a.storeTypes == nil {
		a.storeTypes = map[model.TypeName]bool{}
		for _, lib := range model.All {
			if lib.Session == nil {
				continue
			}
			for _, f := range slices.Concat(lib.Session.Stateless, lib.Session.ServerSide) {
				p := a.imports()[f.Pkg]
				if p == nil || f.Recv != "" {
					continue
				}
				fn, _ := p.Scope().Lookup(f.Name).(*types.Func)
				if fn == nil {
					continue
				}
				sig := fn.Type().(*types.Signature)
				if sig.Results().Len() == 0 {
					continue
				}
				if tn, ok := model.TypeNameOf(sig.Results().At(0).Type()); ok && tn.Pkg == f.Pkg {
					_, stateless, _ := model.LookupStore(f)
					a.storeTypes[tn] = stateless
				}
			}
		}
	}
	tn, ok := model.TypeNameOf(t)
	if !ok {
		return false, false
	}
	stateless, known = a.storeTypes[tn]
	return stateless, known
}

// globalStores returns, for each package-level variable, the values the
// package's functions (and its initializer) store into it.
func (a *pkgAnalysis) globalStores() map[*ssa.Global][]ssa.Value {
	if a.gstores != nil {
		return a.gstores
	}
	a.gstores = map[*ssa.Global][]ssa.Value{}
	a.forEachInstr(func(instr ssa.Instruction) {
		if st, ok := instr.(*ssa.Store); ok {
			if g, ok := st.Addr.(*ssa.Global); ok {
				a.gstores[g] = append(a.gstores[g], st.Val)
			}
		}
	})
	return a.gstores
}

// forEachInstr visits every instruction of the package's functions,
// including the package initializer.
func (a *pkgAnalysis) forEachInstr(f func(ssa.Instruction)) {
	funcs := a.ssa.SrcFuncs
	if init := a.ssa.Pkg.Func("init"); init != nil {
		funcs = append([]*ssa.Function{init}, funcs...)
	}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f(instr)
			}
		}
	}
}

// pkgStore says whether the sessions of lib that name no store are
// stateless in this package, and how that was decided. The package's own
// registrations decide first: every registration of a store for lib (gin
// sessions.Sessions(name, store), echo session.Middleware(store), buffalo
// Options{SessionStore: store}, gothic.Store = store) passes a stateless
// store. With none, a library whose default store is stateless (buffalo,
// gothic) is stateless; one that has only server-side stores is not; for
// the others (gorilla, gin-contrib) the module's programs decide.
func (a *pkgAnalysis) pkgStore(lib *model.Library) storeVerdict {
	if v, ok := a.libStore[lib]; ok {
		return v
	}
	s := lib.Session
	v := storeVerdict{}
	switch {
	case s == nil || len(s.Stateless) == 0 && len(s.Registrations) == 0 && len(s.StoreFields) == 0 && !s.DefaultStateless:
		// Only server-side stores (scs, fiber, beego, ...).
	default:
		var stores []ssa.Value
		a.forEachInstr(func(instr ssa.Instruction) {
			if a.onlyTests(instr.Parent()) {
				return // a test's throwaway store (newTestRouter)
			}
			switch x := instr.(type) {
			case ssa.CallInstruction:
				ci := resolve(x)
				if ci == nil || ci.fn == nil {
					return
				}
				f, ok := model.FuncOf(ci.fn)
				if !ok {
					return
				}
				if reg, ok := model.LookupRegistration(f); ok && reg.Lib == lib {
					if v := ci.arg(reg.Call.Arg); v != nil {
						stores = append(stores, v)
					}
				}
			case *ssa.Store:
				if storeFieldLib(x.Addr) == lib {
					stores = append(stores, x.Val)
				}
			}
		})
		stateless, known := a.allStateless(stores, map[ssa.Value]bool{})
		switch {
		case known:
			v.stateless = stateless
		case len(stores) == 0 && s.DefaultStateless:
			v.stateless = true
		default:
			v = a.moduleStores(lib)
		}
	}
	a.libStore[lib] = v
	return v
}

// onlyTests reports whether only the package's tests run fn (or nothing
// does): see ssautil.TestOnly.
func (a *pkgAnalysis) onlyTests(fn *ssa.Function) bool {
	return a.pass.ResultOf[testonly.Analyzer].(*testonly.Result).Funcs()[fn]
}

// storeVerdict is what is known of the store behind a session.
type storeVerdict struct {
	stateless bool
	source    StoreSource
	// statelessToo names a signed-cookie store the module also builds
	// for the library when it builds a server-side one too.
	statelessToo string
}

// moduleStores decides a store that the package does not show from the
// stores the module constructs for lib (internal/modulescan): in the
// programs that include this package, or in the whole module.
func (a *pkgAnalysis) moduleStores(lib *model.Library) storeVerdict {
	cons := a.constructions(lib)
	if len(cons) == 0 {
		return storeVerdict{source: StoreUnseen}
	}
	v := storeVerdict{stateless: true, source: StoreModule}
	for _, c := range cons {
		if c.Kind != modulescan.Stateless {
			v.stateless = false
		}
	}
	if v.stateless {
		return v
	}
	// A signed-cookie store the program builds instead of a server-side
	// one (the other side of an if) is named in messages; one built
	// beside it serves other sessions (flash messages).
	for _, c := range cons {
		if c.Kind != modulescan.Stateless {
			continue
		}
		for _, d := range cons {
			if d.Kind != modulescan.Stateless && c.Alternative(d) {
				v.statelessToo = c.Func + " at " + c.Where
				return v
			}
		}
	}
	return v
}

// recordByCookie names the store behind lib's sessions when every
// server-side store of lib the module's programs construct for the
// package finds its record by the request's cookie (wader/gormstore):
// "gorm.NewStore at main.go:27"; "" otherwise.
// forRequest says one of them keeps the record for the request
// (model.SessionModel.RecordForRequest).
func (a *pkgAnalysis) recordByCookie(lib *model.Library) (name string, forRequest bool) {
	if r, ok := a.byCookie[lib]; ok {
		return r.name, r.forRequest
	}
	var r byCookieStore
	for _, c := range a.constructions(lib) {
		switch c.Kind {
		case modulescan.Stateless:
		case modulescan.ServerSideByCookie, modulescan.ServerSideForRequest:
			if r.name == "" {
				r.name = c.Func + " at " + c.Where
			}
			r.forRequest = r.forRequest || c.Kind == modulescan.ServerSideForRequest
		default:
			a.byCookie[lib] = byCookieStore{}
			return "", false
		}
	}
	a.byCookie[lib] = r
	return r.name, r.forRequest
}

// byCookieStore is recordByCookie's answer for a library.
type byCookieStore struct {
	name       string
	forRequest bool
}

// constructions returns the stores of lib that the module's programs
// including this package construct (internal/modulescan).
func (a *pkgAnalysis) constructions(lib *model.Library) []modulescan.Construction {
	dir := modulescan.PackageDir(a.pass)
	if a.module == nil {
		a.module = modulescan.ForDir(dir)
	}
	return a.module.Stores(dir, lib)
}

// storeFieldLib returns the library whose store the address holds (a
// modelled StoreFields field or package variable), or nil.
func storeFieldLib(addr ssa.Value) *model.Library {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		f, ok := ssautil.FieldOf(x)
		if !ok {
			return nil
		}
		return model.LookupStoreField(f)
	case *ssa.Global:
		obj := x.Object()
		if obj == nil || obj.Pkg() == nil {
			return nil
		}
		return model.LookupStoreField(model.Field{Pkg: model.Canonical(obj.Pkg().Path()), Name: obj.Name()})
	}
	return nil
}
