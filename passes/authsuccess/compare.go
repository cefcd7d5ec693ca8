package authsuccess

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// Comparisons that check a credential: a known comparison function, an
// equality of values named like credentials, and a key derived from a
// password compared with a stored one.

// compare classifies ==, != tests: a check's error against nil or a
// sentinel, a check's bool against a constant, subtle.ConstantTimeCompare
// against 1 or 0, and equality of credentials.
func (s *pointFinder) compare(b *ssa.BinOp) (bool, Point, bool) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return false, Point{}, false
	}
	eq := b.Op == token.EQL
	for _, xy := range [2][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		x, y := xy[0], xy[1]
		if p, ok := s.nonZeroSignal(x); ok && zeroConst(y) {
			return !eq, p, true // user != ""
		}
		c, isConst := y.(*ssa.Const)
		if p, ok := s.errorSignal(x); ok {
			if isConst && c.IsNil() {
				return eq, p, true // err == nil
			}
			if !isConst {
				return !eq, p, true // err == ErrMismatch (best effort)
			}
			return false, Point{}, false
		}
		if !isConst || c.Value == nil {
			continue
		}
		if c.Value.Kind() == constant.Bool {
			if p, ok := s.boolSignal(x); ok {
				return eq == constant.BoolVal(c.Value), p, true
			}
			continue
		}
		if call, ok := x.(*ssa.Call); ok && c.Value.Kind() == constant.Int {
			if cl, ok := s.calleeOf(&call.Call); ok && cl.entry != nil && cl.entry.Signal == model.SignalInt1 {
				var pol bool
				switch c.Value.String() {
				case "1":
					pol = eq
				case "0":
					pol = !eq
				default:
					return false, Point{}, false
				}
				p, ok := s.compareCall(call, cl.entry, "returned 1")
				return pol, p, ok
			}
		}
	}
	return s.credentialEquality(b)
}

// compareCall judges a call of a comparison function (ConstantTimeCompare,
// hmac.Equal, bytes.Equal): not a check when an operand is named like a
// CSRF token, state or nonce; a password check when an operand derives
// from a key derivation function; an elevation when named like an admin
// key, role or API key.
func (s *pointFinder) compareCall(call *ssa.Call, e *model.Credential, what string) (Point, bool) {
	args := call.Call.Args
	var infos []nameInfo
	if ce, ok := s.expr(call.Pos()).(*ast.CallExpr); ok {
		for _, a := range ce.Args {
			infos = append(infos, s.namesOf(a, 0)...)
		}
	}
	ni := merge(infos)
	if ni.excluded {
		return Point{}, false
	}
	p := Point{Pos: call.Pos(), Kind: e.Kind, Desc: e.Desc + " " + what}
	for _, a := range args {
		if kdf, ok := s.derived(a, 0); ok {
			p.Kind = KindPassword
			p.Desc = fmt.Sprintf("%s of the %s-derived key %s", e.Desc, kdf, what)
			break
		}
	}
	if p.Kind != KindPassword && e.NeedsCredential {
		if !ni.cred {
			return Point{}, false
		}
		p.Kind = ni.kind
	}
	if ni.elevation {
		p.Kind = KindElevation
	}
	for _, a := range args {
		if r := recordOf(a); r != nil {
			p.Principal = r
			break
		}
	}
	return p, true
}

// derived reports whether v is (a conversion or encoding of) a key derived
// from a password by a known key derivation function.
func (s *pointFinder) derived(v ssa.Value, depth int) (string, bool) {
	if depth > 4 {
		return "", false
	}
	switch x := v.(type) {
	case *ssa.Convert:
		return s.derived(x.X, depth+1)
	case *ssa.ChangeType:
		return s.derived(x.X, depth+1)
	case *ssa.MakeInterface:
		return s.derived(x.X, depth+1)
	case *ssa.Slice:
		return s.derived(x.X, depth+1)
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			if c, ok := s.calleeOf(&call.Call); ok && c.entry != nil && c.entry.Derives {
				return c.entry.Desc, true
			}
		}
	case *ssa.Call:
		if c, ok := s.calleeOf(&x.Call); ok && c.entry != nil && c.entry.Derives {
			return c.entry.Desc, true
		}
		// An encoding of a derived key: hex.EncodeToString(key).
		for _, a := range x.Call.Args {
			if d, ok := s.derived(a, depth+1); ok {
				return d, true
			}
		}
	}
	return "", false
}

// credentialEquality: a == b (or !=) where an operand is named like a
// credential. Not when an operand is the zero constant ("" , 0, nil) —
// that is validation —, a len() or cap() call, or a name excluded by
// credExcluded; not for other types than strings and integers; with a
// constant operand, only a non-empty string constant counts (a hard-coded
// password).
func (s *pointFinder) credentialEquality(b *ssa.BinOp) (bool, Point, bool) {
	if !comparableBasic(b.X.Type()) || !comparableBasic(b.Y.Type()) {
		return false, Point{}, false
	}
	for _, v := range []ssa.Value{b.X, b.Y} {
		if c, ok := v.(*ssa.Const); ok {
			if c.Value == nil || c.Value.Kind() != constant.String || constant.StringVal(c.Value) == "" {
				return false, Point{}, false
			}
		}
	}
	be, ok := s.expr(b.Pos()).(*ast.BinaryExpr)
	if !ok {
		return false, Point{}, false
	}
	var infos []nameInfo
	for _, e := range []ast.Expr{be.X, be.Y} {
		if s.isLenCall(e) {
			return false, Point{}, false
		}
		if _, lit := ast.Unparen(e).(*ast.BasicLit); lit {
			continue // the compared value, not a name
		}
		infos = append(infos, s.namesOf(e, 0)...)
	}
	ni := merge(infos)
	if !ni.cred || ni.excluded || !ssautil.IsString(b.X.Type()) && !ni.numeric {
		return false, Point{}, false
	}
	if !storedDigest(b.X, 0) && !storedDigest(b.Y, 0) && s.bothFromClient(b.X, b.Y) {
		// hash(form fields) == form field, a cookie's CSRF token ==
		// the form's: the client sent both sides, so this checks
		// integrity, not who the user is.
		return false, Point{}, false
	}
	pol := b.Op == token.EQL
	p := Point{Pos: b.Pos(), Kind: ni.kind}
	if ni.elevation {
		p.Kind = KindElevation
	}
	p.Desc = fmt.Sprintf("credential comparison %s is %v", types.ExprString(be), pol)
	for _, v := range []ssa.Value{b.X, b.Y} {
		if r := recordOf(v); r != nil {
			p.Principal = r
			break
		}
	}
	return pol, p, true
}

// storedCredential reports whether v is a credential field of a record a
// call returned (client.Secret, key.AccessSecret): what an application
// stored, even when the record was found by what the request named (its
// value then seems to come from the request: the lookup's key is in the
// record).
func storedCredential(v ssa.Value) bool {
	rec := recordOf(v)
	if rec == nil {
		return false
	}
	var field string
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			field = fieldName(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		field = fieldName(x.X.Type(), x.Field)
	case *ssa.Lookup:
		field, _ = ssautil.ConstString(x.Index) // user["password"]
	}
	if field == "" || !classifyName(field).cred {
		return false
	}
	for range 4 {
		switch x := rec.(type) {
		case *ssa.UnOp:
			rec = x.X
			continue
		case *ssa.Extract:
			rec = x.Tuple
			continue
		case *ssa.Call:
			return true
		case *ssa.Alloc:
			// var u User; u.Read() / db.First(&u): a record a call fills.
			return filledByCall(x)
		}
		return false
	}
	return false
}

// filledByCall reports whether a call is given the address of the local
// record a (u.Read(), db.First(&u, id)).
func filledByCall(a *ssa.Alloc) bool {
	refs := a.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if c, ok := r.(ssa.CallInstruction); ok && slices.Contains(c.Common().Args, ssa.Value(a)) {
			return true
		}
	}
	return false
}

// storedDigest reports whether v is a stored credential or a digest of one
// (md5(ip + "|" + user.Password), the token a remember-me cookie carries):
// what the server computes from what it stored, whatever else goes in.
func storedDigest(v ssa.Value, depth int) bool {
	if storedCredential(v) {
		return true
	}
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Call:
		if _, builtin := x.Call.Value.(*ssa.Builtin); builtin {
			return false
		}
		return slices.ContainsFunc(x.Call.Args, func(a ssa.Value) bool { return storedDigest(a, depth+1) })
	case *ssa.BinOp:
		return x.Op == token.ADD && (storedDigest(x.X, depth+1) || storedDigest(x.Y, depth+1))
	case *ssa.Convert:
		return storedDigest(x.X, depth+1)
	case *ssa.ChangeType:
		return storedDigest(x.X, depth+1)
	case *ssa.MakeInterface:
		return storedDigest(x.X, depth+1)
	case *ssa.Slice:
		return storedDigest(x.X, depth+1)
	}
	return false
}

// bothFromClient reports whether both operands of a comparison carry what
// the request sent.
func (s *pointFinder) bothFromClient(x, y ssa.Value) bool {
	if s.origins == nil {
		return false
	}
	return s.origins.Origins(x).Has(valueflow.Request) && s.origins.Origins(y).Has(valueflow.Request)
}

func comparableBasic(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsString|types.IsInteger) != 0
}

// expr returns the binary expression whose operator, or the call whose
// left parenthesis, is at pos.
func (s *pointFinder) expr(pos token.Pos) ast.Expr {
	if !pos.IsValid() {
		return nil
	}
	if s.syntax == nil {
		s.syntax = ssautil.IndexSyntax(s.pass.Files)
	}
	if b, ok := s.syntax.Binary[pos]; ok {
		return b
	}
	if c, ok := s.syntax.Calls[pos]; ok {
		return c
	}
	return nil
}

func (s *pointFinder) isLenCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := s.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && (b.Name() == "len" || b.Name() == "cap")
}

// namesOf classifies the names an operand carries: identifiers, field
// names, the name of a called function and its string-literal arguments
// (r.FormValue("password")), map and index bases and string-literal keys;
// conversions and calls are looked through.
func (s *pointFinder) namesOf(e ast.Expr, depth int) []nameInfo {
	if depth > 3 || e == nil {
		return nil
	}
	switch e := e.(type) {
	case *ast.Ident:
		return []nameInfo{classifyName(e.Name)}
	case *ast.SelectorExpr:
		return []nameInfo{classifyName(e.Sel.Name)}
	case *ast.ParenExpr:
		return s.namesOf(e.X, depth)
	case *ast.StarExpr:
		return s.namesOf(e.X, depth)
	case *ast.UnaryExpr:
		return s.namesOf(e.X, depth)
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			return []nameInfo{classifyName(e.Value)}
		}
	case *ast.IndexExpr:
		out := s.namesOf(e.X, depth+1)
		if lit, ok := e.Index.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			out = append(out, classifyName(lit.Value))
		}
		return out
	case *ast.SliceExpr:
		return s.namesOf(e.X, depth+1)
	case *ast.CallExpr:
		var out []nameInfo
		if tv, ok := s.pass.TypesInfo.Types[e.Fun]; !ok || !tv.IsType() {
			switch fun := ast.Unparen(e.Fun).(type) {
			case *ast.Ident:
				out = append(out, classifyName(fun.Name))
			case *ast.SelectorExpr:
				out = append(out, classifyName(fun.Sel.Name))
			}
		}
		for _, a := range e.Args {
			out = append(out, s.namesOf(a, depth+1)...)
		}
		return out
	}
	return nil
}
