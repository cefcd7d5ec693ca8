package authsuccess

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// computeFact summarises fn: does a normal return with a certain result
// tell the caller that a credential check succeeded? Tried in order: an
// error result (from the last), a bool result, then Always. Nil when fn
// performs no visible check or some return breaks the rule.
func (s *pointFinder) computeFact(fn *ssa.Function, points []Point) *Authenticates {
	if fn.Signature == nil || notAuthFunc(fn) {
		return nil
	}
	rets := ssautil.Returns(fn)
	if len(rets) == 0 {
		return nil // never returns normally
	}
	fs := &funcScan{fn: fn, points: points}
	results := fn.Signature.Results()
	for i := results.Len() - 1; i >= 0; i-- {
		if ssautil.IsError(results.At(i).Type()) {
			if ev, ok := s.errorResultOK(fs, rets, i); ok {
				return newFact(ev, &Authenticates{Result: i, ErrorResult: true})
			}
		}
	}
	for i := 0; i < results.Len(); i++ {
		if isBool(results.At(i).Type()) {
			if ev, ok := s.boolResultOK(fs, rets, i); ok {
				return newFact(ev, &Authenticates{Result: i})
			}
		}
	}
	if ev, ok := alwaysOK(fs, rets); ok {
		return newFact(ev, &Authenticates{Always: true})
	}
	for i := 0; i < results.Len(); i++ {
		if zeroComparable(results.At(i).Type()) {
			if ev, ok := nonZeroResultOK(fs, rets, i); ok {
				return newFact(ev, &Authenticates{Result: i, NonZero: true})
			}
		}
	}
	return nil
}

// zeroComparable reports whether a result can signal success by not
// being its zero value: a string or a pointer.
func zeroComparable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Pointer:
		return true
	}
	return false
}

// nonZeroResultOK: result i is a zero constant ("", nil) on every return
// but those on the success side of a check, and at least one return is
// there (userByAccessKey(r) (string, error) returning "" with or without
// an error, and the key's user after the secret matched).
func nonZeroResultOK(fs *funcScan, rets []*ssa.Return, i int) (Point, bool) {
	return everyReturn(rets, i, func(v ssa.Value, b *ssa.BasicBlock) (bool, *Point) {
		if zeroConst(v) {
			return true, nil
		}
		p, ok := fs.dominated(b)
		return ok, &p
	})
}

// zeroConst reports whether v is the constant "" or nil.
func zeroConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && (c.IsNil() || c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == "")
}

// newFact completes f with the description and kind of the check ev that
// makes a return a success.
func newFact(ev Point, f *Authenticates) *Authenticates {
	f.Desc, f.Kind = ev.Desc, ev.Kind
	if ev.check != "" {
		f.Desc = ev.check // the innermost check: descriptions do not nest
	}
	if ev.Kind == KindHelper && ev.Via != "" {
		f.Kind = ev.Via
	}
	return f
}

// notAuthFunc: the function (or its enclosing function, or its package)
// is named like a CSRF or nonce check (validateCSRFToken, package csrf):
// what it compares is no credential.
func notAuthFunc(fn *ssa.Function) bool {
	var names []string
	for f := fn; f != nil; f = f.Parent() {
		names = append(names, f.Name())
	}
	if fn.Pkg != nil && fn.Pkg.Pkg != nil {
		names = append(names, fn.Pkg.Pkg.Name())
	}
	for _, n := range names {
		for _, w := range words(n) {
			if slices.Contains(notAuthWords, w) {
				return true
			}
		}
	}
	return false
}

// errorResultOK: result i is nil only after a successful check. Every
// return must return, at i, a non-nil error, the error of the check itself
// (nil exactly on success), or anything from a block on the success side;
// and at least one return must be able to return nil on success.
func (s *pointFinder) errorResultOK(fs *funcScan, rets []*ssa.Return, i int) (Point, bool) {
	return everyReturn(rets, i, func(v ssa.Value, b *ssa.BasicBlock) (bool, *Point) {
		return s.errorValueOK(fs, v, b, 0)
	})
}

// everyReturn judges result i of every return: ok when judge accepts
// each, at least one as a success (succ, the check that makes it one;
// the first is returned).
func everyReturn(rets []*ssa.Return, i int, judge func(v ssa.Value, b *ssa.BasicBlock) (ok bool, succ *Point)) (Point, bool) {
	var ev *Point
	for _, r := range rets {
		if i >= len(r.Results) {
			return Point{}, false
		}
		ok, succ := judge(ssautil.ReturnedValue(r, i), r.Block())
		if !ok {
			return Point{}, false
		}
		if ev == nil {
			ev = succ
		}
	}
	if ev == nil {
		return Point{}, false
	}
	return *ev, true
}

// errorValueOK judges one returned error value v at the end of block b:
// ok when it is nil only on success; succ, when it can be nil on success,
// is the check that makes it so.
func (s *pointFinder) errorValueOK(fs *funcScan, v ssa.Value, b *ssa.BasicBlock, depth int) (ok bool, succ *Point) {
	if depth > 4 {
		return false, nil
	}
	if p, dom := fs.dominated(b); dom {
		return true, &p
	}
	if c, isConst := v.(*ssa.Const); isConst && c.IsNil() {
		return false, nil
	}
	if p, sig := s.errorSignal(v); sig {
		return true, &p
	}
	if nonNil(v, b) {
		return true, nil
	}
	if phi, isPhi := v.(*ssa.Phi); isPhi {
		preds := phi.Block().Preds
		if len(preds) != len(phi.Edges) {
			return false, nil
		}
		for j, e := range phi.Edges {
			eok, esucc := s.errorValueOK(fs, e, preds[j], depth+1)
			if !eok {
				return false, nil
			}
			if succ == nil {
				succ = esucc
			}
		}
		return true, succ
	}
	return false, nil
}

// nonNil reports whether an error value is certainly non-nil at the end of
// block b: a conversion of a concrete value to the interface, errors.New
// or fmt.Errorf, a package-level variable (a sentinel), or a value tested
// != nil on a branch whose non-nil side dominates b.
func nonNil(v ssa.Value, b *ssa.BasicBlock) bool {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return true
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if _, ok := x.X.(*ssa.Global); ok {
				return true
			}
		}
	case *ssa.Call:
		if fn := x.Call.StaticCallee(); fn != nil && fn.Pkg != nil && fn.Pkg.Pkg != nil {
			switch fn.Pkg.Pkg.Path() + "." + fn.Name() {
			case "errors.New", "fmt.Errorf":
				return true
			}
		}
	}
	return testedNonNil(v, b)
}

// testedNonNil: v is compared with nil by a branch whose non-nil side is
// entered only from the branch and dominates b.
func testedNonNil(v ssa.Value, b *ssa.BasicBlock) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		cmp, ok := r.(*ssa.BinOp)
		if !ok || (cmp.Op != token.EQL && cmp.Op != token.NEQ) {
			continue
		}
		other := cmp.Y
		if other == v {
			other = cmp.X
		}
		if c, ok := other.(*ssa.Const); !ok || !c.IsNil() {
			continue
		}
		crefs := cmp.Referrers()
		if crefs == nil {
			continue
		}
		for _, cr := range *crefs {
			ifi, ok := cr.(*ssa.If)
			if !ok || len(ifi.Block().Succs) != 2 {
				continue
			}
			side := ifi.Block().Succs[0] // v != nil holds on the true side
			if cmp.Op == token.EQL {
				side = ifi.Block().Succs[1]
			}
			if len(side.Preds) == 1 && side.Dominates(b) {
				return true
			}
		}
	}
	return false
}

// boolResultOK: result i is true only after a successful check. Every
// return must return, at i, false, a success condition, or anything from a
// block on the success side; at least one must be able to return true.
func (s *pointFinder) boolResultOK(fs *funcScan, rets []*ssa.Return, i int) (Point, bool) {
	return everyReturn(rets, i, func(v ssa.Value, b *ssa.BasicBlock) (bool, *Point) {
		if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Bool && !constant.BoolVal(c.Value) {
			return true, nil
		}
		p, ok := fs.dominated(b)
		if !ok {
			var pol bool
			pol, p, ok = s.cond(fs, v, 0)
			ok = ok && pol
		}
		return ok, &p
	})
}

// alwaysOK: every normal return is on the success side of a check or
// follows an abort of the request (an error response written, see
// aborts), and at least one is on the success side.
func alwaysOK(fs *funcScan, rets []*ssa.Return) (Point, bool) {
	var ev *Point
	for _, r := range rets {
		b := r.Block()
		if p, ok := fs.dominated(b); ok {
			if ev == nil {
				ev = &p
			}
			continue
		}
		if !abortPath(b) {
			return Point{}, false
		}
	}
	if ev == nil {
		return Point{}, false
	}
	return *ev, true
}

// abortPath reports whether the code leading straight to the return in
// block b (b and the chain of single predecessors that reach it by a
// plain jump) aborts the request.
func abortPath(b *ssa.BasicBlock) bool {
	for range 8 {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok && aborts(&call.Call) {
				return true
			}
		}
		if len(b.Preds) != 1 {
			return false
		}
		p := b.Preds[0]
		if len(p.Instrs) == 0 {
			return false
		}
		if _, ok := p.Instrs[len(p.Instrs)-1].(*ssa.Jump); !ok {
			return false
		}
		b = p
	}
	return false
}

// aborts reports whether a call answers the request with an error: net/http
// Error, Redirect and NotFound, a method named WriteHeader or starting
// with Abort (gin), log.Fatal and the like, or any call with a constant
// HTTP error status argument (c.JSON(http.StatusUnauthorized, ...),
// c.String(403, ...)).
func aborts(c *ssa.CallCommon) bool {
	name, pkg := "", ""
	if c.IsInvoke() {
		name = c.Method.Name()
	} else if fn := c.StaticCallee(); fn != nil {
		name = fn.Name()
		if fn.Pkg != nil && fn.Pkg.Pkg != nil {
			pkg = fn.Pkg.Pkg.Path()
		} else if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil {
			pkg = obj.Pkg().Path()
		}
	}
	switch {
	case pkg == "net/http" && (name == "Error" || name == "Redirect" || name == "NotFound"):
		return true
	case name == "WriteHeader" || strings.HasPrefix(name, "Abort"):
		return true
	case (pkg == "log" || pkg == "os") && (strings.HasPrefix(name, "Fatal") || name == "Exit" || strings.HasPrefix(name, "Panic")):
		return true
	}
	for _, a := range c.Args {
		if k, ok := a.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Int {
			if n, exact := constant.Int64Val(k.Value); exact && n >= 400 && n <= 599 {
				return true
			}
		}
	}
	return false
}
