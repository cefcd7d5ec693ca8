package sessionops

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
)

// storeStateless reports whether the store value v is provably stateless
// (a signed-cookie store): its static type is one a Stateless constructor
// returns, it is the result of such a constructor, or it is a package
// variable every assignment in the package gives such a value. An unknown
// store (an interface from elsewhere) is not stateless.
func (a *pkgAnalysis) storeStateless(v ssa.Value) bool {
	return a.storeStateless1(v, map[ssa.Value]bool{})
}

func (a *pkgAnalysis) storeStateless1(v ssa.Value, seen map[ssa.Value]bool) bool {
	for depth := 0; depth < maxDepth && v != nil; depth++ {
		if seen[v] {
			return false
		}
		seen[v] = true
		if a.statelessType(v.Type()) {
			return true
		}
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Call:
			return a.statelessCall(x)
		case *ssa.Extract:
			call, ok := x.Tuple.(*ssa.Call)
			return ok && x.Index == 0 && a.statelessCall(call)
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			g, ok := x.X.(*ssa.Global)
			if !ok {
				return false
			}
			stored := a.globalStores()[g]
			if len(stored) == 0 {
				return false
			}
			for _, s := range stored {
				if !a.storeStateless1(s, seen) {
					return false
				}
			}
			return true
		case *ssa.Phi:
			for _, e := range x.Edges {
				if !a.storeStateless1(e, seen) {
					return false
				}
			}
			return len(x.Edges) > 0
		default:
			return false
		}
	}
	return false
}

func (a *pkgAnalysis) statelessCall(call *ssa.Call) bool {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return false
	}
	f, ok := model.FuncOf(ci.fn)
	return ok && model.IsStatelessStore(f)
}

// statelessType reports whether t is the (specific) result type of a
// Stateless constructor: gorilla *CookieStore, gin-contrib cookie.Store.
func (a *pkgAnalysis) statelessType(t types.Type) bool {
	if a.statelessTypes == nil {
		a.statelessTypes = map[model.TypeName]bool{}
		for _, lib := range model.All {
			if lib.Session == nil {
				continue
			}
			for _, f := range lib.Session.Stateless {
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
				if tn, ok := model.TypeNameOf(sig.Results().At(0).Type()); ok {
					a.statelessTypes[tn] = true
				}
			}
		}
	}
	tn, ok := model.TypeNameOf(t)
	return ok && a.statelessTypes[tn]
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

// pkgStateless reports whether the sessions of lib that name no store are
// stateless in this package: every registration of a store for lib (gin
// sessions.Sessions(name, store), echo session.Middleware(store), buffalo
// Options{SessionStore: store}, gothic.Store = store) passes a stateless
// store, and there is at least one; or there is none and the library's
// default store is stateless.
func (a *pkgAnalysis) pkgStateless(lib *model.Library) bool {
	if v, ok := a.libStateless[lib]; ok {
		return v
	}
	s := lib.Session
	result := false
	if s != nil && (len(s.Registrations) > 0 || len(s.StoreFields) > 0 || s.DefaultStateless) {
		var stores []ssa.Value
		a.forEachInstr(func(instr ssa.Instruction) {
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
		if len(stores) == 0 {
			result = s.DefaultStateless
		} else {
			result = true
			for _, v := range stores {
				if !a.storeStateless(v) {
					result = false
					break
				}
			}
		}
	}
	a.libStateless[lib] = result
	return result
}

// storeFieldLib returns the library whose store the address holds (a
// modelled StoreFields field or package variable), or nil.
func storeFieldLib(addr ssa.Value) *model.Library {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		st, ok := derefStruct(x.X.Type())
		if !ok || x.Field >= st.NumFields() {
			return nil
		}
		tn, ok := model.TypeNameOf(x.X.Type())
		if !ok {
			return nil
		}
		return model.LookupStoreField(model.Field{Pkg: tn.Pkg, Type: tn.Name, Name: st.Field(x.Field).Name()})
	case *ssa.Global:
		obj := x.Object()
		if obj == nil || obj.Pkg() == nil {
			return nil
		}
		return model.LookupStoreField(model.Field{Pkg: obj.Pkg().Path(), Name: obj.Name()})
	}
	return nil
}

// derefStruct returns the struct type t points to (or is).
func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}
