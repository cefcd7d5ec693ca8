package authsuccess

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/stdlib"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// pointFinder is the analysis of one package.
type pointFinder struct {
	pass  *analysis.Pass
	pkg   *ssa.Package
	funcs map[*ssa.Function]*funcInfo
	// syntax indexes the package's calls and binary expressions by the
	// positions SSA records, built on first use.
	syntax *ssautil.Syntax
	routes map[*ssa.Function]route
	// origins says where values come from (nil when unavailable).
	origins *valueflow.Result
	// noReturn memoises neverReturns.
	noReturn map[*ssa.Function]bool
	// methodFacts memoises importedMethodFacts.
	methodFacts map[string][]methodFact
	// callbacks are the points at the entries of the functions the
	// package hands to callback logins (callbackCall).
	callbacks map[*ssa.Function]Point
}

// funcInfo is the summary of one function: its success points from
// visible checks and its fact. A funcInfo in s.funcs with done false is
// being computed (recursion): its fact reads as nil.
type funcInfo struct {
	done   bool
	points []Point
	fact   *Authenticates
}

func newPointFinder(pass *analysis.Pass, pkg *ssa.Package) *pointFinder {
	return &pointFinder{pass: pass, pkg: pkg, funcs: map[*ssa.Function]*funcInfo{}}
}

// info returns fn's summary, computing it (and, first, those of the
// functions of the package it calls) on first use.
func (s *pointFinder) info(fn *ssa.Function) *funcInfo {
	if fi := s.funcs[fn]; fi != nil {
		return fi
	}
	fi := &funcInfo{}
	s.funcs[fn] = fi
	if fn != nil && len(fn.Blocks) > 0 {
		fi.points = s.checkPoints(fn)
		fi.fact = s.computeFact(fn, fi.points)
	}
	fi.done = true
	return fi
}

// callee is what is known about the function a call calls.
type callee struct {
	entry *model.Credential
	fact  *Authenticates
	label string // for descriptions: "bcrypt.CompareHashAndPassword", "Service.Login"
}

// calleeOf identifies the callee of a static call, an interface method
// call or a call through a package-level func variable.
func (s *pointFinder) calleeOf(c *ssa.CallCommon) (callee, bool) {
	if c == nil {
		return callee{}, false
	}
	if e := valueflow.CredentialCall(c); e != nil {
		return callee{entry: e, label: e.Desc}, true
	}
	if c.IsInvoke() {
		return s.implementedCheck(c)
	}
	if load, ok := c.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
		return callee{}, false // a func variable the model does not name
	}
	fn := c.StaticCallee()
	if fn == nil {
		return callee{}, false
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	if obj != nil {
		obj = obj.Origin() // facts are on the generic declaration
	}
	// A project helper: in this package, its summary; elsewhere, its fact.
	if fn.Pkg == s.pkg && s.pkg != nil {
		target := fn
		if fn.Synthetic != "" && obj != nil {
			// A bound method value or a thunk: summarise the method.
			target = s.pkg.Prog.FuncValue(obj)
		}
		if target == nil || target.Pkg != s.pkg {
			return callee{}, false
		}
		if fact := s.info(target).fact; fact != nil {
			return callee{fact: fact, label: funcLabel(target)}, true
		}
		return callee{}, false
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
		fact := new(Authenticates)
		if s.pass.ImportObjectFact(obj, fact) {
			return callee{fact: fact, label: objLabel(obj)}, true
		}
	}
	return callee{}, false
}

// funcLabel names a function for descriptions: "Service.Login",
// "b.CheckPassword", or for a closure "login$1".
func funcLabel(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return objLabel(obj)
	}
	return fn.Name()
}

func objLabel(obj *types.Func) string {
	if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil {
		if tn, ok := model.TypeNameOf(sig.Recv().Type()); ok {
			return tn.Name + "." + obj.Name()
		}
	}
	if obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

// callOf returns the call and result index of a value that is a call's
// only result or one of its results.
func callOf(v ssa.Value) (*ssa.Call, int, bool) {
	switch v := v.(type) {
	case *ssa.Call:
		return v, 0, true
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return call, v.Index, true
		}
	}
	return nil, 0, false
}

// resultSignal reports whether result idx of call signals success: an
// error that is nil on success (wantError) or a bool that is true.
func (s *pointFinder) resultSignal(call *ssa.Call, idx int, wantError bool) (Point, bool) {
	c, ok := s.calleeOf(&call.Call)
	if !ok {
		return s.namedCheck(call, idx, wantError)
	}
	if e := c.entry; e != nil {
		switch {
		case e.Signal == model.SignalError && wantError && e.Result == idx:
			return s.entryPoint(call, e, "returned a nil error"), true
		case e.Signal == model.SignalBool && !wantError && e.Result == idx && !e.Compare:
			return s.entryPoint(call, e, "returned true"), true
		case e.Hashes && wantError && idx == resultCount(call)-1 && ssautil.IsError(resultType(call, idx)):
			// The error of a password hash: nil means the hash exists,
			// which is a signup when the hash is stored as a new user.
			if rec, to, ok := s.signupFlow(call); ok {
				p := s.entryPoint(call, e, "hashed a password stored by "+to)
				p.Kind, p.Principal = KindSignup, rec
				return p, true
			}
		}
		return Point{}, false
	}
	if f := c.fact; f != nil && !f.Always && !f.NonZero && f.Result == idx && f.ErrorResult == wantError {
		return c.helperPoint(call, "%s succeeded (it authenticates: %s)", helperPrincipal(call)), true
	}
	if call.Call.IsInvoke() {
		// An implementation's check signals otherwise: the call may still
		// be one by its shape (an authorization code exchanged).
		return s.namedCheck(call, idx, wantError)
	}
	return Point{}, false
}

// credentialCheckName matches the names of functions that say they check
// a password or credentials: CheckUserPassword, VerifyPassword,
// CheckCredentials. Their check is often out of sight (a pluggable hasher
// behind an interface, LDAP, a database), so the name is the evidence.
// "Validate" is left out: ValidatePassword often checks a new password's
// strength.
var credentialCheckName = regexp.MustCompile(`(?i)^(check|verify|compare|match)\w*(password|passwd|credential)s?$`)

// namedCheck reports a call of a project function named like a credential
// check (credentialCheckName) whose result idx signals success: its last
// result, an error, is nil, or its bool result is true.
func (s *pointFinder) namedCheck(call *ssa.Call, idx int, wantError bool) (Point, bool) {
	var obj *types.Func
	if call.Call.IsInvoke() {
		obj = call.Call.Method
	} else if fn := call.Call.StaticCallee(); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj == nil || obj.Pkg() == nil || stdlib.IsStd(obj.Pkg().Path()) || model.Lookup(obj.Pkg().Path()) != nil {
		return Point{}, false
	}
	if wantError && obj.Pkg().Path() != model.OAuthToken.Pkg && s.codeExchange(call) {
		if idx != resultCount(call)-1 {
			return Point{}, false
		}
		return Point{Pos: call.Pos(), Kind: KindOAuth, Principal: extractOf(call, tokenIndex(call)),
			Desc: objLabel(obj) + " returned the provider's token for the authorization code"}, true
	}
	desc := objLabel(obj) + " succeeded (named like a credential check)"
	switch {
	case credentialCheckName.MatchString(obj.Name()):
	case !wantError && s.passwordVerifier(call, obj):
		desc = objLabel(obj) + " accepted the password"
	default:
		return Point{}, false
	}
	switch t := resultType(call, idx); {
	case wantError && (idx != resultCount(call)-1 || !ssautil.IsError(t)):
		return Point{}, false
	case !wantError && !isBool(t):
		return Point{}, false
	}
	return Point{Pos: call.Pos(), Kind: KindHelper, Via: KindPassword, Principal: helperPrincipal(call),
		Desc: desc}, true
}

// codeExchange reports whether the call is an OAuth code exchange the
// table does not list (a provider SDK's GetOAuthToken(code, state), an
// application's own helper whose inside is out of sight): it returns an
// oauth2.Token and is given a value named like the authorization code.
func (s *pointFinder) codeExchange(call *ssa.Call) bool {
	if tokenIndex(call) < 0 {
		return false
	}
	ce, ok := s.expr(call.Pos()).(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, a := range ce.Args {
		found := false
		ast.Inspect(a, func(n ast.Node) bool {
			var name string
			switch n := n.(type) {
			case *ast.Ident:
				name = n.Name
			case *ast.BasicLit:
				name = n.Value
			}
			found = found || slices.Contains(words(name), "code")
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// tokenIndex returns the index of the call's oauth2.Token result, -1
// when it has none.
func tokenIndex(call *ssa.Call) int {
	for i := range resultCount(call) {
		if tn, ok := model.TypeNameOf(resultType(call, i)); ok && tn == model.OAuthToken {
			return i
		}
	}
	return -1
}

// checkVerb matches the names of calls that check what they are given.
var checkVerb = regexp.MustCompile(`^(?i:check|verify|compare|match)`)

// passwordVerifier reports whether a call named like a check is given a
// value named like a password (crypter.Verify([]byte(passphrase)), a
// hasher behind an interface): a password verifier whose inside the
// analysis cannot see. Only its bool counts: one that returns the account
// with an error is left to the account's provenance.
func (s *pointFinder) passwordVerifier(call *ssa.Call, obj *types.Func) bool {
	if !checkVerb.MatchString(obj.Name()) {
		return false
	}
	ce, ok := s.expr(call.Pos()).(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, a := range ce.Args {
		if ni := merge(s.namesOf(a, 0)); ni.cred && !ni.excluded && ni.kind == KindPassword {
			return true
		}
	}
	return false
}

// entryPoint describes a successful call of a known function.
func (s *pointFinder) entryPoint(call *ssa.Call, e *model.Credential, what string) Point {
	p := Point{Pos: call.Pos(), Kind: e.Kind, Desc: e.Desc + " " + what}
	args := ssautil.CallArgs(&call.Call)
	switch e.Principal.From {
	case model.FromResult:
		p.Principal = extractOf(call, e.Principal.Index)
	case model.FromArg:
		if e.Principal.Index < len(args) {
			p.Principal = args[e.Principal.Index]
			if mi, ok := p.Principal.(*ssa.MakeInterface); ok {
				p.Principal = mi.X // the user's own value, not the interface
			}
		}
	case model.OwnerOfArg:
		if e.Principal.Index < len(args) {
			p.Principal = recordOf(args[e.Principal.Index])
		}
	}
	return p
}

// helperPrincipal is the first result of a helper's call that is neither
// an error nor a bool (the *User of Login(email, pw) (*User, error)).
func helperPrincipal(call *ssa.Call) ssa.Value {
	n := resultCount(call)
	for i := 0; i < n; i++ {
		t := resultType(call, i)
		if t == nil || ssautil.IsError(t) || isBool(t) {
			continue
		}
		return extractOf(call, i)
	}
	return nil
}

func resultCount(call *ssa.Call) int {
	if sig := call.Call.Signature(); sig != nil {
		return sig.Results().Len()
	}
	return 0
}

func resultType(call *ssa.Call, i int) types.Type {
	sig := call.Call.Signature()
	if sig == nil || i < 0 || i >= sig.Results().Len() {
		return nil
	}
	return sig.Results().At(i).Type()
}

// extractOf returns the value of result i of call: the call itself when it
// has one result, else the Extract that reads it (nil when none does).
func extractOf(call *ssa.Call, i int) ssa.Value {
	if resultCount(call) == 1 {
		if i == 0 {
			return call
		}
		return nil
	}
	if exs := ssautil.Extracts(call, i); len(exs) > 0 {
		return exs[0]
	}
	return nil
}

// recordOf returns the struct a value was read from (u in
// []byte(u.PasswordHash)), or nil.
func recordOf(v ssa.Value) ssa.Value {
	for range 8 {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				return fa.X
			}
			v = x.X
		case *ssa.Field:
			return x.X
		case *ssa.FieldAddr:
			return x.X
		case *ssa.Lookup:
			// A row kept as a map (user["password"]).
			if _, isMap := x.X.Type().Underlying().(*types.Map); isMap {
				return x.X
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

func isBool(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// nonZeroSignal reports whether v is a result of a helper that is not its
// zero value exactly when a check succeeded (Authenticates.NonZero).
func (s *pointFinder) nonZeroSignal(v ssa.Value) (Point, bool) {
	call, idx, ok := callOf(v)
	if !ok {
		return Point{}, false
	}
	c, ok := s.calleeOf(&call.Call)
	if !ok || c.fact == nil || !c.fact.NonZero || c.fact.Result != idx {
		return Point{}, false
	}
	return c.helperPoint(call, "%s returned a result (it authenticates: %s)", v), true
}

// helperPoint is the point of a call of a helper with a fact: desc is a
// format of the helper's label and its fact's description.
func (c callee) helperPoint(call *ssa.Call, desc string, principal ssa.Value) Point {
	return Point{
		Pos: call.Pos(), Kind: KindHelper, Via: c.fact.Kind, Principal: principal,
		Desc: fmt.Sprintf(desc, c.label, c.fact.Desc), check: c.fact.Desc,
	}
}

// errorSignal reports whether v is an error that is nil exactly when a
// check succeeded.
func (s *pointFinder) errorSignal(v ssa.Value) (Point, bool) {
	call, idx, ok := callOf(v)
	if !ok {
		return Point{}, false
	}
	return s.resultSignal(call, idx, true)
}

// boolSignal reports whether v is a bool that is true exactly when a check
// succeeded: a known function's result, a helper's, hmac.Equal and the
// like, or jwt's token.Valid.
func (s *pointFinder) boolSignal(v ssa.Value) (Point, bool) {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if fa, ok := load.X.(*ssa.FieldAddr); ok {
			return s.validField(fa.X, fieldName(fa.X.Type(), fa.Field))
		}
		return Point{}, false
	}
	if f, ok := v.(*ssa.Field); ok {
		return s.validField(f.X, fieldName(f.X.Type(), f.Field))
	}
	call, idx, ok := callOf(v)
	if !ok {
		return Point{}, false
	}
	if c, ok := s.calleeOf(&call.Call); ok && c.entry != nil && c.entry.Compare && c.entry.Signal == model.SignalBool {
		return s.compareCall(call, c.entry, "returned true")
	}
	return s.resultSignal(call, idx, false)
}

// validField: token.Valid where token is the result of a call whose entry
// names Valid as its success field.
func (s *pointFinder) validField(base ssa.Value, name string) (Point, bool) {
	call, idx, ok := callOf(base)
	if !ok || idx != 0 || name == "" {
		return Point{}, false
	}
	c, ok := s.calleeOf(&call.Call)
	if !ok || c.entry == nil || c.entry.ValidField != name {
		return Point{}, false
	}
	p := s.entryPoint(call, c.entry, "returned a token whose "+name+" field is true")
	return p, true
}

func fieldName(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i < 0 || i >= st.NumFields() {
		return ""
	}
	return st.Field(i).Name()
}

// cond reports whether a branch condition signals success, and on which
// side: pol is the value of v on the success side.
func (s *pointFinder) cond(fs *funcScan, v ssa.Value, depth int) (pol bool, p Point, ok bool) {
	if depth > 6 {
		return false, Point{}, false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.NOT {
			pol, p, ok = s.cond(fs, v.X, depth+1)
			return !pol, p, ok
		}
	case *ssa.BinOp:
		return s.compare(v)
	case *ssa.Phi:
		return s.phiCond(fs, v, depth)
	}
	if p, ok := s.boolSignal(v); ok {
		return true, p, true
	}
	if call, ok := v.(*ssa.Call); ok {
		return s.errorsIs(call)
	}
	return false, Point{}, false
}

// errorsIs: errors.Is(err, ErrMismatch) where err signals a check's
// failure is false on the success side (best effort: other errors than the
// sentinel also take that side; a later err != nil test is its own point).
func (s *pointFinder) errorsIs(call *ssa.Call) (bool, Point, bool) {
	fn := call.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil || fn.Pkg.Pkg == nil || fn.Pkg.Pkg.Path() != "errors" || fn.Name() != "Is" || len(call.Call.Args) != 2 {
		return false, Point{}, false
	}
	if p, ok := s.errorSignal(call.Call.Args[0]); ok {
		return false, p, true
	}
	return false, Point{}, false
}
