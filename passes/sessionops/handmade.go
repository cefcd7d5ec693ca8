package sessionops

import (
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/variadic"
)

// Hand-made sessions: a map or a store keyed by the value of a request
// cookie. The analysis is intra-procedural: a value derives from the
// cookie when it is computed from the value a cookie reader returned
// (model.CookieReaders) through copies, conversions, field selections
// (c.Value), string concatenation and slicing, and calls of fmt, strings,
// strconv, net/url and path. A cookie value passed to a function is not
// followed into it, and one stored in a struct or variable and loaded back
// is followed only through a local variable's address.

var writeVerbs = regexp.MustCompile(model.HandMadeWriteVerbs)

// derivingPkgs are the standard packages whose functions return a value
// computed from their arguments.
var derivingPkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "net/url": true, "path": true,
	"bytes": true, "encoding/hex": true, "encoding/base64": true,
}

// cookieSession returns the hand-made session whose ID v derives from, or
// nil when v does not derive from a request cookie.
func (a *pkgAnalysis) cookieSession(v ssa.Value) *Session {
	if v == nil {
		return nil
	}
	if s, ok := a.cookies[v]; ok {
		return s
	}
	a.cookies[v] = nil // cycle guard
	s := a.cookieSession1(v)
	a.cookies[v] = s
	return s
}

func (a *pkgAnalysis) cookieSession1(v ssa.Value) *Session {
	switch x := v.(type) {
	case *ssa.ChangeType:
		return a.cookieSession(x.X)
	case *ssa.Convert:
		return a.cookieSession(x.X)
	case *ssa.MakeInterface:
		return a.cookieSession(x.X)
	case *ssa.ChangeInterface:
		return a.cookieSession(x.X)
	case *ssa.TypeAssert:
		return a.cookieSession(x.X)
	case *ssa.Slice:
		return a.cookieSession(x.X)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return a.cookieSession(x.X)
		}
	case *ssa.FieldAddr:
		return a.cookieSession(x.X)
	case *ssa.Field:
		return a.cookieSession(x.X)
	case *ssa.Alloc:
		// A local variable whose address is taken: any value stored into it.
		if refs := x.Referrers(); refs != nil {
			for _, r := range *refs {
				if st, ok := r.(*ssa.Store); ok && st.Addr == x {
					if s := a.cookieSession(st.Val); s != nil {
						return s
					}
				}
			}
		}
	case *ssa.BinOp:
		if x.Op == token.ADD {
			if s := a.cookieSession(x.X); s != nil {
				return s
			}
			return a.cookieSession(x.Y)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if s := a.cookieSession(e); s != nil {
				return s
			}
		}
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			return a.cookieOfCall(call, x.Index)
		}
	case *ssa.Call:
		return a.cookieOfCall(x, 0)
	}
	return nil
}

func (a *pkgAnalysis) cookieOfCall(call *ssa.Call, index int) *Session {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return nil
	}
	if f, ok := model.FuncOf(ci.fn); ok {
		if r := model.LookupCookieReader(f); r != nil {
			if r.Result != index {
				return nil
			}
			name, _ := constString(ci.arg(r.Name))
			var root ssa.Value = call
			if req := requestOperand(ci); req != nil {
				root = a.root(req)
			}
			return a.intern(model.HandMade, root, name, false)
		}
	}
	if pkg := ci.fn.Pkg(); pkg != nil && derivingPkgs[pkg.Path()] {
		for _, arg := range ci.operands() {
			if s := a.derivedArg(arg); s != nil {
				return s
			}
		}
	}
	return nil
}

// derivedArg looks through the slice built for a variadic argument.
func (a *pkgAnalysis) derivedArg(v ssa.Value) *Session {
	if sl, ok := v.(*ssa.Slice); ok {
		if elems, ok := variadic.Elems(sl); ok {
			for _, elem := range elems {
				if s := a.cookieSession(elem); s != nil {
					return s
				}
			}
			return nil
		}
	}
	return a.cookieSession(v)
}

// recordSession returns the hand-made session whose record v is: a value
// looked up in a map under a key derived from a request cookie
// (rec := sessions[c.Value]).
func (a *pkgAnalysis) recordSession(v ssa.Value) *Session {
	for depth := 0; depth < maxDepth && v != nil; depth++ {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.Lookup:
			if _, isMap := x.X.Type().Underlying().(*types.Map); !isMap {
				return nil
			}
			return a.cookieSession(x.Index)
		default:
			return nil
		}
	}
	return nil
}
