package authsuccess

import (
	"cmp"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/stdlib"
)

// implementedCheck returns the check that an implementation of the
// interface method an invoke calls makes, among the implementations the
// package sees: the methods of its own types (their summaries) and of the
// packages it imports (their Authenticates facts). One implementation that
// authenticates is enough: the others are usually test doubles (an
// accounts service behind an interface, as in h.users.Authenticate(ctx,
// email, password)). The call is named by the interface's method: which
// implementation runs is not known.
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
				return callee{fact: fact, label: objLabel(c.Method)}, true
			}
		}
	}
	for _, f := range s.importedMethodFacts()[name] {
		recv := f.obj.Type().(*types.Signature).Recv().Type()
		if types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface) {
			return callee{fact: f.fact, label: objLabel(c.Method)}, true
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
	// The facts come in no set order; the first implementation found
	// names the check in the message, so the order is made stable.
	for _, fs := range s.methodFacts {
		slices.SortFunc(fs, func(a, b methodFact) int {
			return cmp.Or(cmp.Compare(a.obj.Pkg().Path(), b.obj.Pkg().Path()), cmp.Compare(objLabel(a.obj), objLabel(b.obj)))
		})
	}
	return s.methodFacts
}
