package sessionops

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/modulescan"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// callInfo is a call with its callee resolved and its operands split into
// receiver and arguments, whatever the call's form: a static call of a
// function or method, an interface method call, a method value (bound
// method closure), a method expression (thunk), a closure.
type callInfo struct {
	instr  ssa.CallInstruction
	common *ssa.CallCommon
	// fn is the function or method called, nil when unknown (a call of a
	// function value) or for closures and builtins.
	fn *types.Func
	// callee is the SSA function called when it is known statically (the
	// origin of an instantiation), else nil.
	callee *ssa.Function
	// recv is the receiver operand of a method call, else nil.
	recv ssa.Value
	// args are the arguments, receiver excluded.
	args []ssa.Value
	// params are the operands in the order of the callee's SSA Params
	// (receiver first), when the callee is known; bindings are the
	// free-variable bindings of a called closure.
	params   []ssa.Value
	bindings []ssa.Value
}

// resolve returns the callInfo of a call instruction, or nil for builtins.
func resolve(instr ssa.CallInstruction) *callInfo {
	c := instr.Common()
	ci := &callInfo{instr: instr, common: c}
	if c.IsInvoke() {
		ci.fn = c.Method
		ci.recv = c.Value
		ci.args = c.Args
		return ci
	}
	switch v := c.Value.(type) {
	case *ssa.Builtin:
		return nil
	case *ssa.Function:
		ci.setCallee(v, nil, c.Args)
	case *ssa.MakeClosure:
		if fn, ok := v.Fn.(*ssa.Function); ok {
			ci.setCallee(fn, v.Bindings, c.Args)
		}
	default:
		ci.args = c.Args
	}
	return ci
}

func (ci *callInfo) setCallee(fn *ssa.Function, bindings, args []ssa.Value) {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	switch {
	case obj == nil:
		// A closure: its free variables are bound at the MakeClosure.
		ci.callee = fn
		ci.args = args
		ci.params = args
		ci.bindings = bindings
		return
	case strings.HasPrefix(fn.Synthetic, "bound method wrapper"):
		// A method value x.M: the receiver is the closure's binding.
		ci.fn = obj
		if len(bindings) > 0 {
			ci.recv = bindings[0]
		}
		ci.args = args
		ci.params = append([]ssa.Value{ci.recv}, args...)
		return
	}
	ci.fn = obj
	if fn.Synthetic == "" {
		ci.callee = fn
	}
	ci.params = args
	if sig, _ := obj.Type().(*types.Signature); sig != nil && sig.Recv() != nil && len(args) > 0 {
		// A static method call, a wrapper or a thunk: the receiver comes
		// first.
		ci.recv = args[0]
		ci.args = args[1:]
		return
	}
	ci.args = args
}

// arg returns the i-th argument (receiver excluded), or nil.
func (ci *callInfo) arg(i int) ssa.Value {
	if i < 0 || i >= len(ci.args) {
		return nil
	}
	return ci.args[i]
}

// operands returns the receiver (if any) followed by the arguments.
func (ci *callInfo) operands() []ssa.Value {
	if ci.recv == nil {
		return ci.args
	}
	return append([]ssa.Value{ci.recv}, ci.args...)
}

// Callee returns the function or method a call instruction calls, resolving
// method values and method expressions, or nil when it is not known
// statically (a function value, a closure, a builtin).
func Callee(instr ssa.CallInstruction) *types.Func {
	if ci := resolve(instr); ci != nil {
		return ci.fn
	}
	return nil
}

// lookupCall finds the model entry of fn: by name, or, for a method of a
// concrete type, by the modelled interface the type implements (gorilla
// (*CookieStore).Get is sessions.Store.Get).
func (a *pkgAnalysis) lookupCall(fn *types.Func) (model.SessionCall, bool) {
	if fn == nil {
		return model.SessionCall{}, false
	}
	if sc, ok := a.callCache[fn]; ok {
		return sc, sc.Lib != nil
	}
	sc, _ := model.SessionCallOf(fn, a.imports)
	a.callCache[fn] = sc
	return sc, sc.Lib != nil
}

// imports returns the package and its transitive imports by path.
// implementation returns the method that an interface method call runs
// when the interface is the application's own (declared in its module) and
// one type of the module, among this package and the module packages it
// imports, implements it: a handler that reaches its session store through
// an interface, with the store's one implementation in another package.
// Nil otherwise: a library's interface, or several implementations.
func (a *pkgAnalysis) implementation(ci *callInfo) *types.Func {
	if ci.fn == nil || ci.recv == nil {
		return nil
	}
	named, ok := types.Unalias(ci.recv.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !a.inModule(named.Obj().Pkg().Path()) {
		return nil
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	found := a.importedImplementation(ci, iface)
	if found == nil {
		found = a.factImplementation(ci, iface)
	}
	if found == nil && a.hidesSession(ci.fn) && !slices.Contains(a.unresolved, ci.fn.Name()) {
		a.unresolved = append(a.unresolved, ci.fn.Name())
	}
	return found
}

// importedImplementation is the one type of the module, among this
// package and the module packages it imports, that implements iface: its
// method. Nil when none or several do.
func (a *pkgAnalysis) importedImplementation(ci *callInfo, iface *types.Interface) *types.Func {
	var found *types.Func
	for path, p := range a.imports() {
		if !a.inModule(path) {
			continue
		}
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
				continue
			}
			var impl types.Type
			switch {
			case types.Implements(tn.Type(), iface):
				impl = tn.Type()
			case types.Implements(types.NewPointer(tn.Type()), iface):
				impl = types.NewPointer(tn.Type())
			default:
				continue
			}
			if found != nil {
				return nil // more than one implementation
			}
			obj, _, _ := types.LookupFieldOrMethod(impl, true, p, ci.fn.Name())
			if found, ok = obj.(*types.Func); !ok {
				return nil
			}
		}
	}
	return found
}

// factImplementation is a method of a type of a package this one does
// not import that implements iface, known by its facts: the standalone
// driver gives a package the facts of every package of its module once it
// has analysed them (an implementation registered by a package only main
// imports: GoFrame's logic packages behind its service interfaces). Of
// several, one that writes a session is enough.
func (a *pkgAnalysis) factImplementation(ci *callInfo, iface *types.Interface) *types.Func {
	var cands []*types.Func
	writers := map[*types.Func]bool{}
	for _, of := range a.moduleMethodFacts()[ci.fn.Name()] {
		fn := of.Object.(*types.Func)
		if !types.Implements(fn.Type().(*types.Signature).Recv().Type(), iface) {
			continue
		}
		if !slices.Contains(cands, fn) {
			cands = append(cands, fn)
		}
		if _, ok := of.Fact.(*writes); ok {
			writers[fn] = true
		}
	}
	slices.SortFunc(cands, func(x, y *types.Func) int {
		return strings.Compare(x.FullName(), y.FullName())
	})
	for _, fn := range cands {
		if writers[fn] {
			return fn
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return nil
}

// moduleMethodFacts returns this analyzer's facts about the methods of
// the module's types, by method name, read once per package.
func (a *pkgAnalysis) moduleMethodFacts() map[string][]analysis.ObjectFact {
	if a.methodFacts != nil {
		return a.methodFacts
	}
	a.methodFacts = map[string][]analysis.ObjectFact{}
	for _, of := range a.pass.AllObjectFacts() {
		fn, ok := of.Object.(*types.Func)
		if !ok || fn.Pkg() == nil || !a.inModule(fn.Pkg().Path()) {
			continue
		}
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			a.methodFacts[fn.Name()] = append(a.methodFacts[fn.Name()], of)
		}
	}
	return a.methodFacts
}

// hidesSession reports whether an interface method may reach a session:
// it takes a context, a request or a session.
func (a *pkgAnalysis) hidesSession(m *types.Func) bool {
	sig, ok := m.Type().(*types.Signature)
	if !ok {
		return false
	}
	for p := range sig.Params().Variables() {
		t := p.Type()
		if tn, ok := model.TypeNameOf(t); ok && (tn == model.TypeName{Pkg: "context", Name: "Context"} || model.IsRequestType(tn)) {
			return true
		}
		if libOfType(t) != nil {
			return true
		}
	}
	return false
}

// inModule reports whether a package path belongs to the module under
// analysis.
func (a *pkgAnalysis) inModule(path string) bool {
	if a.modPath == nil {
		_, mp := modulescan.ModuleOf(modulescan.PackageDir(a.pass))
		a.modPath = &mp
	}
	mp := *a.modPath
	return mp != "" && (path == mp || strings.HasPrefix(path, mp+"/"))
}

func (a *pkgAnalysis) imports() map[string]*types.Package {
	if a.pkgs == nil {
		a.pkgs = model.TransitiveImports(a.pass.Pkg)
	}
	return a.pkgs
}

// ZeroValue reports whether v is a zero value written as a constant: nil,
// "", 0, false, or T{} (a composite literal with no field set, which SSA
// builds in a local and loads), through interface boxing and named-type
// conversions. Writing one clears: gorilla's ID = "" renews, a session
// key given a zero value (SetMember(Member{})) is a logout.
func ZeroValue(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.UnOp:
			alloc, ok := x.X.(*ssa.Alloc)
			return ok && x.Op == token.MUL && onlyLoaded(alloc)
		case *ssa.Const:
			if x.IsNil() || x.Value == nil {
				return true // nil, or the zero value of a struct or array
			}
			switch x.Value.Kind() {
			case constant.String:
				return constant.StringVal(x.Value) == ""
			case constant.Bool:
				return !constant.BoolVal(x.Value)
			case constant.Int, constant.Float, constant.Complex:
				return constant.Sign(x.Value) == 0
			}
		}
		return false
	}
}

// ZeroAt reports whether v is a zero value (ZeroValue) or, at the
// instruction at, known to be one: at runs only where a branch found v
// equal to its type's zero value (if name != "" {...} else { set(name) }).
func ZeroAt(v ssa.Value, at ssa.Instruction) bool {
	if ZeroValue(v) {
		return true
	}
	if at == nil || at.Block() == nil {
		return false
	}
	v = ssautil.Unconverted(v)
	for d := at.Block().Idom(); d != nil; d = d.Idom() {
		cmp, equal, ok := ssautil.EqualityBranch(d)
		if !ok {
			continue
		}
		var other ssa.Value
		switch v {
		case ssautil.Unconverted(cmp.X):
			other = cmp.Y
		case ssautil.Unconverted(cmp.Y):
			other = cmp.X
		default:
			continue
		}
		if _, isConst := other.(*ssa.Const); !isConst || !ZeroValue(other) {
			continue
		}
		if equal.Dominates(at.Block()) && len(equal.Preds) == 1 {
			return true
		}
	}
	return false
}

// onlyLoaded reports whether nothing is stored into the local a: it holds
// its zero value.
func onlyLoaded(a *ssa.Alloc) bool {
	if a.Referrers() == nil {
		return false
	}
	for _, r := range *a.Referrers() {
		if u, ok := r.(*ssa.UnOp); !ok || u.Op != token.MUL {
			return false
		}
	}
	return true
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
