package valueflow

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
	"github.com/sessionlint/sessionlint/passes/lazyssa"
)

// Analyzer computes a *Result for a package and exports the Summary fact
// of its exported functions.
var Analyzer = &analysis.Analyzer{
	Name:       "valueflow",
	Doc:        "classify where SSA values come from: the request, a session ID, math/rand, the clock, a counter, crypto/rand, constants, parameters",
	URL:        "https://github.com/sessionlint/sessionlint/tree/main/passes/valueflow",
	Requires:   []*analysis.Analyzer{lazyssa.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(FieldSummary)},
}

// Summary is the fact of a function: where each of its results comes from.
// An origin inside the function is recorded with its description and
// position (file:line); a parameter the result derives from is recorded as
// a Param origin, replaced by the argument's origins at each call.
type Summary struct {
	Results []FactResult
	// Fills records what the function writes into the objects some of its
	// parameters point to, for a function given the request (a bind
	// helper over c.ShouldBindJSON(v)).
	Fills []FactFill
}

// A FactFill is what a function writes into the object its parameter
// Param points to.
type FactFill struct {
	Param int
	Into  FactResult
}

// FieldSummary is the fact of a field of a struct type of the package that
// can carry an ID: where the values the package stores into that field
// come from (the parameters they derive from recorded as Param origins,
// read as unknown elsewhere). A package that loads the field from an
// object another package made reads this instead of the origins of the
// whole object, so that a record's random ID is not taken for the session
// ID another of its fields holds.
type FieldSummary struct {
	Field FactResult
}

func (*FieldSummary) AFact() {}

func (s *FieldSummary) String() string {
	return "field " + (&Summary{Results: []FactResult{s.Field}}).String()
}

// FactResult is the summary of one result.
type FactResult struct {
	// Kinds is the union of the kinds of the result's origins, complete
	// even when Origins was cut short.
	Kinds   Kind
	Origins []FactOrigin
}

// FactOrigin is an Origin as a fact records it.
type FactOrigin struct {
	Kind  Kind
	Desc  string
	Name  string
	Param int
	// Where is "file.go:line" in the function's package, or, for an
	// origin the function got from yet another package, that origin's Via.
	Where string
}

// maxFactOrigins bounds the origins recorded per result.
const maxFactOrigins = 16

func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for i, r := range s.Results {
		var os []string
		for _, o := range r.Origins {
			d := o.Kind.String()
			switch {
			case o.Kind&Param != 0:
				d += fmt.Sprintf("(%d)", o.Param)
			case o.Kind&Const != 0:
			default:
				args := []string{o.Desc}
				if o.Name != "" {
					args = append(args, fmt.Sprintf("%q", o.Name))
				}
				d += "(" + strings.Join(args, " ") + ")"
			}
			os = append(os, d)
		}
		parts = append(parts, fmt.Sprintf("%d: %s", i, strings.Join(os, " ")))
	}
	for _, f := range s.Fills {
		parts = append(parts, fmt.Sprintf("fills %d: %s", f.Param, f.Into.Kinds))
	}
	return "origins{" + strings.Join(parts, "; ") + "}"
}

// Result answers where values of the package's SSA come from.
type Result struct {
	st *pkgFlow
}

// Origins returns the origins of v, a value of a function of the package.
// A parameter of a function is followed to the arguments of its calls in
// the package; it stays a Param origin as well when code outside the
// package could call the function (exported, a method, or used as a value).
func (r *Result) Origins(v ssa.Value) Origins {
	if r == nil || r.st == nil || v == nil {
		return Origins{}
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	return r.st.resolved.query(v).origins()
}

// HasCallers reports whether the package's code calls fn (statically, or
// as a deferred or go call): a helper of the package's own functions. A
// call from a test file does not count: a handler its tests call is still
// a handler.
func (r *Result) HasCallers(fn *ssa.Function) bool {
	return len(r.Callers(fn)) > 0
}

// Callers returns the package's calls of fn outside its test files.
func (r *Result) Callers(fn *ssa.Function) []ssa.CallInstruction {
	if r == nil || r.st == nil || fn == nil {
		return nil
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	return r.st.codeCallers(fn)
}

// codeCallers returns the package's calls of fn outside its test files.
func (st *pkgFlow) codeCallers(fn *ssa.Function) []ssa.CallInstruction {
	var out []ssa.CallInstruction
	for _, c := range st.callers[fn] {
		if !ssautil.InTestFile(st.pass.Fset, c.Pos()) {
			out = append(out, c)
		}
	}
	return out
}

// Wrapped reports whether fn is a function literal, or a function the
// package calls only from function literals (a route's closure that
// calls createUser(w, r, db, store)): a function that, finding the user
// itself, is the handler, judged where it writes.
func (r *Result) Wrapped(fn *ssa.Function) bool {
	if fn == nil || fn.Parent() != nil {
		return fn != nil
	}
	if r == nil || r.st == nil {
		return false
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	callers := r.st.codeCallers(fn)
	return len(callers) > 0 && !slices.ContainsFunc(callers, func(c ssa.CallInstruction) bool {
		return c.Parent().Parent() == nil
	})
}

// ByCaller returns the origins of v once per call of v's function in the
// package, when v derives from the function's parameters: each set holds
// the origins of the value when the function is called from that call (a
// helper setting a session cookie is judged per caller, not on the union
// of everything its callers pass). When v does not derive from a parameter,
// or the function has no calls in the package, it returns Origins(v) alone;
// when code outside the package may call the function too, the last set is
// the one with the parameters left as Param origins.
func (r *Result) ByCaller(v ssa.Value) []Origins { return r.ByCallerExcept(v, nil) }

// ByCallerExcept is ByCaller without the calls skip reports (nil: none).
func (r *Result) ByCallerExcept(v ssa.Value, skip func(ssa.CallInstruction) bool) []Origins {
	if r == nil || r.st == nil || v == nil {
		return nil
	}
	st := r.st
	st.mu.Lock()
	defer st.mu.Unlock()
	local := st.symbolic.query(v)
	fn := v.Parent()
	if fn == nil || local.kinds&Param == 0 || len(st.callers[fn]) == 0 {
		return []Origins{st.resolved.query(v).origins()}
	}
	pi, fi, isField := paramField(v)
	var out []Origins
	for _, c := range st.callers[fn] {
		if skip != nil && skip(c) {
			continue
		}
		args := c.Common().Args
		if isField && pi < len(args) {
			if a := localStruct(args[pi]); a != nil {
				// A field of a struct the caller built in a local
				// (sessionState{ID: id, ExpiresAt: time.Now()}): what it
				// stored into that field, not the whole struct.
				out = append(out, st.resolved.contentsOf(a, fi).origins())
				continue
			}
		}
		s := &set{}
		for _, o := range local.list {
			if o.Kind&Param != 0 && o.Param >= 0 && o.Param < len(args) {
				s.addAll(st.resolved.query(args[o.Param]))
				continue
			}
			s.add(o)
		}
		out = append(out, s.origins())
	}
	if st.external(fn) {
		out = append(out, local.origins())
	}
	return out
}

// paramField returns the parameter index and field index of v when v is a
// field of a struct parameter, by value (p.ID) or through a pointer
// (*p.ID).
func paramField(v ssa.Value) (param, field int, ok bool) {
	var x ssa.Value
	switch f := v.(type) {
	case *ssa.Field:
		x, field = f.X, f.Field
	case *ssa.UnOp:
		fa, isFA := f.X.(*ssa.FieldAddr)
		if !isFA || f.Op != token.MUL {
			return 0, 0, false
		}
		x, field = fa.X, fa.Field
	default:
		return 0, 0, false
	}
	if a, ok := x.(*ssa.Alloc); ok {
		x = ssautil.OnlyStore(a) // a by-value parameter the function copied to a local
	}
	p, isParam := x.(*ssa.Parameter)
	if !isParam {
		return 0, 0, false
	}
	i := slices.Index(p.Parent().Params, p)
	return i, field, i >= 0
}

// localStruct returns the local a call's struct argument was built in:
// the local itself (&T{...}) or the value loaded from it (T{...}).
func localStruct(arg ssa.Value) *ssa.Alloc {
	if u, ok := arg.(*ssa.UnOp); ok && u.Op == token.MUL {
		arg = u.X
	}
	a, _ := arg.(*ssa.Alloc)
	return a
}

// Local returns the origins of v within its function: parameters stay
// Param origins.
func (r *Result) Local(v ssa.Value) Origins {
	if r == nil || r.st == nil || v == nil {
		return Origins{}
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	return r.st.symbolic.query(v).origins()
}

// FuncResults returns the origins of the results of the function that the
// function value v denotes (a function, a closure, a method value), as
// seen from a call at pos: for a function with a body in this package, its
// parameters stay Param origins; for a function of another package, the
// origins come from its Summary fact and are placed at pos. ok is false
// when v is not a known function.
func (r *Result) FuncResults(v ssa.Value, pos token.Pos) (results []Origins, ok bool) {
	if r == nil || r.st == nil {
		return nil, false
	}
	r.st.mu.Lock()
	defer r.st.mu.Unlock()
	fn, obj := funcValue(v)
	switch {
	case fn != nil && bodyOf(fn) != nil:
		sum := r.st.summary(fn)
		for _, s := range sum.results {
			results = append(results, s.origins())
		}
		return results, true
	case obj != nil:
		sum, ok := r.st.summaryFact(obj)
		if !ok || len(sum.Results) == 0 {
			return nil, false
		}
		for i := range sum.Results {
			results = append(results, r.st.imported(sum, i, obj, pos, nil).origins())
		}
		return results, true
	}
	return nil, false
}

// Func returns the function a function value denotes: a function, a
// closure, a bound method, through conversions. nil otherwise.
func Func(v ssa.Value) *ssa.Function {
	fn, _ := funcValue(v)
	return fn
}

// CallAt returns the call expression whose opening parenthesis is at
// lparen (the position of an ssa.Call, and of call origins), or nil.
func (r *Result) CallAt(lparen token.Pos) *ast.CallExpr {
	if r == nil || r.st == nil {
		return nil
	}
	st := r.st
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.syntax == nil {
		st.syntax = ssautil.IndexSyntax(st.pass.Files)
	}
	return st.syntax.Calls[lparen]
}

// Range returns the source range to report an origin at: the whole call
// expression for a call, else the origin's position.
func (r *Result) Range(o Origin) (pos, end token.Pos) {
	if c := r.CallAt(o.Pos); c != nil {
		return c.Pos(), c.End()
	}
	return o.Pos, o.Pos
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	ssainfo, _ := pass.ResultOf[lazyssa.Analyzer].(*buildssa.SSA)
	if ssainfo == nil || ssainfo.Pkg == nil {
		return res, nil
	}
	st := newPkgFlow(pass, ssainfo)
	res.st = st
	if !summarise(pass) {
		return res, nil
	}
	for _, fn := range ssainfo.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || fn.Synthetic != "" || obj.Pkg() != pass.Pkg || !obj.Exported() {
			continue
		}
		if sum := st.fact(fn); sum != nil {
			pass.ExportObjectFact(obj, sum)
		}
	}
	st.exportFields()
	return res, nil
}

// summarise reports whether the package's exported functions get Summary
// facts: not for the standard library nor the modelled libraries (they are
// modelled, not analysed). Packages lazyssa finds irrelevant have no SSA
// and get none either.
func summarise(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path == "std" {
		return false
	}
	return model.Lookup(pass.Pkg.Path()) == nil && !stdlib.IsStd(pass.Pkg.Path())
}

// fact builds the Summary fact of fn, nil when it says nothing.
func (st *pkgFlow) fact(fn *ssa.Function) *Summary {
	var out Summary
	useful := false
	if idLike(fn.Signature.Results()) {
		sum := st.summary(fn)
		for _, s := range sum.results {
			fr, ok := st.factResult(s)
			useful = useful || ok
			out.Results = append(out.Results, fr)
		}
	}
	if !useful {
		out.Results = nil
	}
	for i, p := range fn.Params {
		if !fillsFromRequest(fn, p) {
			continue
		}
		if fr, ok := st.factResult(st.fill(fn, i)); ok && fr.Kinds&Request != 0 {
			out.Fills = append(out.Fills, FactFill{Param: i, Into: fr})
			useful = true
		}
	}
	if !useful {
		return nil
	}
	return &out
}

// fillsFromRequest reports whether fn may fill what its parameter p
// points to from the request: p is a pointer or an interface, and fn is
// given a request or a framework's context too.
func fillsFromRequest(fn *ssa.Function, p *ssa.Parameter) bool {
	switch p.Type().Underlying().(type) {
	case *types.Pointer, *types.Interface:
	default:
		return false
	}
	if requestLike(p.Type()) {
		return false
	}
	return slices.ContainsFunc(fn.Params, func(q *ssa.Parameter) bool { return q != p && requestLike(q.Type()) })
}

// factResult records a set of origins as a fact does; ok reports whether
// it says anything beyond unknown.
func (st *pkgFlow) factResult(s *set) (fr FactResult, ok bool) {
	os := s.origins()
	fr.Kinds = os.Kinds
	for _, o := range os.List {
		if len(fr.Origins) == maxFactOrigins {
			break
		}
		where := o.Via
		if where == "" && o.Pos.IsValid() {
			p := st.pass.Fset.Position(o.Pos)
			where = fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
		}
		fr.Origins = append(fr.Origins, FactOrigin{Kind: o.Kind, Desc: o.Desc, Name: o.Name, Param: o.Param, Where: where})
	}
	return fr, os.Kinds&^Unknown != 0
}

// exportFields exports the FieldSummary of each exported field of the
// package's struct types that the package stores into and that can hold
// an ID as text (a string or bytes): what other packages can read.
func (st *pkgFlow) exportFields() {
	var fields []*types.Var
	for loc := range st.stores {
		if v, ok := loc.(*types.Var); ok && v.IsField() && v.Exported() && v.Pkg() == st.pass.Pkg && ssautil.Textual(v.Type()) {
			fields = append(fields, v)
		}
	}
	slices.SortFunc(fields, func(a, b *types.Var) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, v := range fields {
		// Only a field filled with an ID is worth a fact (a random or
		// predictable one, or the session's): elsewhere the importer's
		// fallback, the whole record's origins, says as much, and every
		// importer of a large model package would read the facts.
		if fr, ok := st.factResult(st.resolved.queryField(v)); ok && fr.Kinds&(CryptoRand|SessionID|Predictable) != 0 {
			st.pass.ExportObjectFact(v, &FieldSummary{Field: fr})
		}
	}
}

// summaryFact returns the Summary fact of obj, a function of another
// package; ok is false when obj has none (or is of this package).
func (st *pkgFlow) summaryFact(obj *types.Func) (sum *Summary, ok bool) {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == st.pass.Pkg {
		return nil, false
	}
	sum = new(Summary)
	return sum, st.pass.ImportObjectFact(obj.Origin(), sum)
}

// imported translates result i of a Summary fact of obj into origins at a
// call at pos; args gives the origins of the call's argument for a Param
// origin (nil: keep it as Unknown).
func (st *pkgFlow) imported(sum *Summary, i int, obj *types.Func, pos token.Pos, args func(int) *set) *set {
	if i < 0 || i >= len(sum.Results) {
		return &set{}
	}
	return st.importedResult(sum.Results[i], shortObj(obj), pos, args)
}

// importedResult translates a fact's record of origins, from name, into
// origins at pos, as imported does.
func (st *pkgFlow) importedResult(r FactResult, name string, pos token.Pos, args func(int) *set) *set {
	out := &set{}
	var seen Kind
	for _, fo := range r.Origins {
		seen |= fo.Kind
		if fo.Kind&Param != 0 {
			if args != nil {
				out.addAll(args(fo.Param))
			} else {
				out.add(Origin{Kind: Unknown, Pos: pos, Desc: "an argument of " + name})
			}
			continue
		}
		o := Origin{Kind: fo.Kind, Pos: pos, Desc: fo.Desc, Name: fo.Name}
		if fo.Kind&Const == 0 {
			o.Via = name
			if fo.Where != "" {
				if strings.Contains(fo.Where, "(") {
					o.Via = name + " ← " + fo.Where
				} else {
					o.Via = name + " (" + fo.Where + ")"
				}
			}
		} else {
			o.Pos = token.NoPos
		}
		out.add(o)
	}
	if missing := r.Kinds &^ seen; missing != 0 {
		// Cut short: keep the kinds.
		out.add(Origin{Kind: missing &^ Param, Pos: pos, Desc: "more origins in " + name, Via: name})
	}
	return out
}

// shortObj names a function as "pkg.Func" or "pkg.Type.Method".
func shortObj(obj *types.Func) string {
	f, ok := model.FuncOf(obj)
	if !ok {
		return obj.Name()
	}
	return ShortName(f)
}

// ShortName names f with the last element of its package path, e.g.
// "rand.Intn", "http.Request.FormValue".
func ShortName(f model.Func) string {
	pkg := PkgName(f.Pkg)
	if f.Recv == "" {
		return pkg + "." + f.Name
	}
	return pkg + "." + f.Recv + "." + f.Name
}

// CalleeNames names a call's callee: the method or function, the name of
// the receiver's named type (the interface for an interface call) when
// there is one, and the receiver. All are empty for a call of a function
// value.
func CalleeNames(common *ssa.CallCommon) (name, recvName string, recv ssa.Value) {
	if common.IsInvoke() {
		n, _ := NamedName(common.Value.Type())
		return common.Method.Name(), n, common.Value
	}
	callee := common.StaticCallee()
	if callee == nil {
		return "", "", nil
	}
	if sig := callee.Signature; sig.Recv() != nil && len(common.Args) > 0 {
		n, _ := NamedName(sig.Recv().Type())
		return callee.Name(), n, common.Args[0]
	}
	return callee.Name(), "", nil
}

// calleeName is the name of a call's callee (CalleeNames).
func calleeName(common *ssa.CallCommon) string {
	name, _, _ := CalleeNames(common)
	return name
}

// NamedName returns the name of the named type t is, or points to.
func NamedName(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name(), true
	}
	return "", false
}

// funcValue resolves a function value (ssautil.FuncValue); obj is the
// declared function or method, nil for a closure.
func funcValue(v ssa.Value) (*ssa.Function, *types.Func) {
	fn := ssautil.FuncValue(v)
	if fn == nil || len(fn.FreeVars) > 0 {
		return fn, nil // a closure (only those have free variables)
	}
	obj, _ := fn.Object().(*types.Func)
	return fn, obj
}

// bodyOf returns the function whose blocks define fn: fn itself, or the
// generic function an instance without a body was made from.
func bodyOf(fn *ssa.Function) *ssa.Function {
	if fn == nil {
		return nil
	}
	if fn.Blocks != nil {
		return fn
	}
	if o := fn.Origin(); o != nil && o.Blocks != nil {
		return o
	}
	return nil
}

// PkgName guesses the name of the package at path (model.PackageName:
// "github.com/go-session/session/v3" is "session").
func PkgName(path string) string { return model.PackageName(path) }

// idLike reports whether any of the results can carry an ID or a URL:
// strings, byte slices and arrays, integers, named types of them, and
// pointers to structs of other packages (*url.URL, *big.Int).
func idLike(results *types.Tuple) bool {
	for i := range results.Len() {
		switch u := results.At(i).Type().Underlying().(type) {
		case *types.Basic:
			if u.Info()&(types.IsString|types.IsInteger) != 0 {
				return true
			}
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		case *types.Array:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		case *types.Pointer, *types.Map:
			return true
		}
	}
	return false
}
