package idsinks

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// Names: how a value, a key or a field says it is a session ID.

// ownerParam matches the names of parameters that take whose session it
// is (SetSession(c, userId, role)), not a session's ID.
var ownerParam = regexp.MustCompile(`(?i)^(user|account|member|owner|customer)_?(id|name|email)?$|^uid$`)

// OwnerParam reports whether a parameter's name says it takes whose
// session it is (userId), not a session's ID.
func OwnerParam(name string) bool { return ownerParam.MatchString(name) }

// firstString returns the first string argument of a call (after the
// receiver), nil when there is none; an argument for a parameter named
// for the user the session belongs to is passed over.
func firstString(common *ssa.CallCommon) ssa.Value {
	args := ssautil.CallArgs(common)
	params := common.Signature().Params()
	for i, a := range args {
		if i < params.Len() && ownerParam.MatchString(params.At(i).Name()) {
			continue
		}
		if mi, ok := a.(*ssa.MakeInterface); ok {
			a = mi.X // sync.Map.Store(key any, ...)
		}
		if b, ok := a.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return a
		}
	}
	return nil
}

// constParts returns the constant strings a string value is built from
// (concatenations and Sprintf formats), joined.
func constParts(v ssa.Value) string {
	var out []byte
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if depth > 6 || v == nil {
			return
		}
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				out = append(out, constant.StringVal(x.Value)...)
			}
		case *ssa.BinOp:
			if x.Op == token.ADD {
				walk(x.X, depth+1)
				walk(x.Y, depth+1)
			}
		case *ssa.Call:
			if callee := x.Call.StaticCallee(); callee != nil && callee.Pkg != nil && callee.Pkg.Pkg.Path() == "fmt" && len(x.Call.Args) > 0 {
				walk(x.Call.Args[0], depth+1)
			}
		case *ssa.Convert:
			walk(x.X, depth+1)
		case *ssa.ChangeType:
			walk(x.X, depth+1)
		}
	}
	walk(v, 0)
	return string(out)
}

// locName names what a value was loaded from: a global, a field, else the
// value's own name.
func locName(v ssa.Value) string {
	for range 4 {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return x.Name()
			}
			v = x.X
		case *ssa.Global:
			return x.Name()
		case *ssa.FieldAddr:
			if st, ok := ssautil.StructOf(x.X.Type()); ok && x.Field < st.NumFields() {
				return st.Field(x.Field).Name()
			}
			return x.Name()
		case *ssa.Field:
			if st, ok := ssautil.StructOf(x.X.Type()); ok && x.Field < st.NumFields() {
				return st.Field(x.Field).Name()
			}
			return x.Name()
		case *ssa.Parameter:
			return x.Name()
		case *ssa.FreeVar:
			return x.Name()
		default:
			return "a map"
		}
	}
	return "a map"
}
