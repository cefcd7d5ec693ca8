package authsuccess

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// callbackCall records, when call hands a function of the package to a
// callback login (model.CallbackLogins: zitadel's rp.UserinfoCallback(f)),
// a point at that function's entry: the library calls it only once the
// user has authenticated, with who they are in one of its parameters.
func (s *pointFinder) callbackCall(call *ssa.Call) {
	cl := callbackLogin(&call.Call)
	if cl == nil {
		return
	}
	args := ssautil.CallArgs(&call.Call)
	if cl.Arg >= len(args) {
		return
	}
	target := ssautil.FuncValue(args[cl.Arg])
	if target == nil || target.Pkg != s.pkg || len(target.Blocks) == 0 {
		return
	}
	var principal ssa.Value
	if cl.Principal < len(target.Params) {
		principal = target.Params[cl.Principal]
	}
	if s.callbacks == nil {
		s.callbacks = map[*ssa.Function]Point{}
	}
	s.callbacks[target] = Point{Block: target.Blocks[0], Pos: call.Pos(), Kind: cl.Kind, Desc: cl.Desc, Principal: principal}
}

// callbackLogin returns the callback login a call calls, nil when none.
func callbackLogin(c *ssa.CallCommon) *model.CallbackLogin {
	fn := c.StaticCallee()
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o // a generic function's instance
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return nil
	}
	f, ok := model.FuncOf(obj.Origin())
	if !ok {
		return nil
	}
	return model.CallbackLoginFunc(f)
}

// implementedCheck returns the check that an implementation of the
// interface method an invoke calls makes, among the implementations the
// package sees: the methods of its own types (their summaries) and of the
// packages it imports (their Authenticates facts). One implementation that
// authenticates is enough: the others are usually test doubles (an
// accounts service behind an interface, as in h.users.Authenticate(ctx,
// email, password)).
func (s *pointFinder) implementedCheck(c *ssa.CallCommon) (callee, bool) {
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok || c.Method == nil || c.Method.Pkg() == nil || s.pkg == nil {
		return callee{}, false
	}
	if p := c.Method.Pkg().Path(); stdlib.IsStd(p) || model.Lookup(p) != nil {
		return callee{}, false
	}
	name := c.Method.Name()
	scope := s.pkg.Pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 {
			continue // Implements is unspecified for uninstantiated generic types
		}
		recv := types.Type(types.NewPointer(tn.Type()))
		if !types.Implements(recv, iface) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(recv, false, s.pkg.Pkg, name)
		m, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if fn := s.pkg.Prog.FuncValue(m); fn != nil && fn.Pkg == s.pkg {
			if fact := s.info(fn).fact; fact != nil {
				return callee{fact: fact, label: funcLabel(fn)}, true
			}
		}
	}
	for _, f := range s.importedMethodFacts()[name] {
		recv := f.obj.Type().(*types.Signature).Recv().Type()
		if types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface) {
			return callee{fact: f.fact, label: objLabel(f.obj)}, true
		}
	}
	return callee{}, false
}

// methodFact is an Authenticates fact of a method of an imported package.
type methodFact struct {
	obj  *types.Func
	fact *Authenticates
}

// importedMethodFacts returns the Authenticates facts of the imported
// packages' methods, by method name, read once.
func (s *pointFinder) importedMethodFacts() map[string][]methodFact {
	if s.methodFacts != nil {
		return s.methodFacts
	}
	s.methodFacts = map[string][]methodFact{}
	for _, of := range s.pass.AllObjectFacts() {
		fact, ok := of.Fact.(*Authenticates)
		obj, isFunc := of.Object.(*types.Func)
		if !ok || !isFunc || obj.Pkg() == s.pass.Pkg {
			continue
		}
		if sig, _ := obj.Type().(*types.Signature); sig == nil || sig.Recv() == nil {
			continue
		}
		s.methodFacts[obj.Name()] = append(s.methodFacts[obj.Name()], methodFact{obj, fact})
	}
	return s.methodFacts
}
