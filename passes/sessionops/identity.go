package sessionops

import (
	"go/token"
	"go/types"
	"regexp"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/internal/variadic"
)

// Identity by value. A value carries the user's identity when it is (or
// is computed from, see Trace) a value of a user-like type, or an ID-like
// field of one: u, *u, u.ID, strconv.Itoa(u.ID), u.Email, fmt.Sprint(u.ID).
// A field that is not ID-like (u.Theme, u.Settings.Lang) does not carry the
// identity. The key of a write is judged by the analyzers (it is
// configurable); this file judges values only.

// identityTypeName matches the names of user-like types.
var identityTypeName = regexp.MustCompile(`(?i)(user|userinfo|account|member|principal|claims|identity|admin|administrator)$`)

// idLikeField matches the names of fields that identify a user.
var idLikeField = regexp.MustCompile(`(?i:^(id|uid|uuid|guid|sub|subject|email|emailaddress|login|username|nickname|handle)$)|[A-Za-z0-9](ID|Id)$`)

// IdentityType reports whether t (or what it points to) is a named type
// called like a user: User, Account, Principal, Claims, Identity, UserInfo,
// Admin (and names ending so: AppUser, jwt.RegisteredClaims, CmsAdmin).
func IdentityType(t types.Type) bool {
	for i := 0; i < 2; i++ {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && identityTypeName.MatchString(named.Obj().Name())
}

// IdentityValue reports whether v carries a user's identity by its type
// (see the file comment).
func IdentityValue(v ssa.Value) bool {
	return Trace(v, func(u ssa.Value) bool { return IdentityType(u.Type()) })
}

// FromValue reports whether v carries the identity src carries: v is src,
// or is computed from src or an ID-like field of it.
func FromValue(v, src ssa.Value) bool {
	if v == nil || src == nil {
		return false
	}
	return Trace(v, func(u ssa.Value) bool { return u == src })
}

// Trace walks v back to the values it is computed from without losing the
// identity it carries, and reports whether yield returns true for one of
// them (v included). It follows copies, conversions, interface boxing,
// pointer loads, ID-like field selections (not others), phis, string
// concatenation and slicing, calls of fmt, strings, strconv and encoding
// packages, and zero-argument methods (u.ID.String()).
func Trace(v ssa.Value, yield func(ssa.Value) bool) bool {
	if v == nil {
		return false
	}
	return trace(v, yield, map[ssa.Value]bool{}, 0)
}

func trace(v ssa.Value, yield func(ssa.Value) bool, seen map[ssa.Value]bool, depth int) bool {
	if v == nil || seen[v] || depth > maxDepth {
		return false
	}
	seen[v] = true
	if yield(v) {
		return true
	}
	next := func(u ssa.Value) bool { return trace(u, yield, seen, depth+1) }
	switch x := v.(type) {
	case *ssa.ChangeType:
		return next(x.X)
	case *ssa.Convert:
		return next(x.X)
	case *ssa.MakeInterface:
		return next(x.X)
	case *ssa.ChangeInterface:
		return next(x.X)
	case *ssa.TypeAssert:
		return next(x.X)
	case *ssa.Slice:
		return next(x.X)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return next(x.X)
		}
	case *ssa.FieldAddr:
		if st, ok := ssautil.StructOf(x.X.Type()); ok && x.Field < st.NumFields() && recordPart(st.Field(x.Field)) {
			return next(x.X)
		}
	case *ssa.Field:
		if st, ok := x.X.Type().Underlying().(*types.Struct); ok && x.Field < st.NumFields() && recordPart(st.Field(x.Field)) {
			return next(x.X)
		}
	case *ssa.BinOp:
		if x.Op == token.ADD {
			return next(x.X) || next(x.Y)
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if next(e) {
				return true
			}
		}
	case *ssa.Alloc:
		// A parameter spilled to a local (a struct whose field is
		// addressed): the value stored into it once.
		if stored := ssautil.OnlyStore(x); stored != nil {
			return next(stored)
		}
		// A struct literal wrapping the user (SessionData{UserInfo:
		// info}): what its identity fields are given.
		for _, v := range identityFieldStores(x) {
			if next(v) {
				return true
			}
		}
	case *ssa.MakeMap:
		// A map literal wrapping the user (g.Map{"Id": u.Id, "Name":
		// u.Name}): what its ID-like keys are given.
		for _, v := range identityMapEntries(x) {
			if next(v) {
				return true
			}
		}
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Call:
			return traceCall(t, next)
		case *ssa.TypeAssert:
			return next(t.X)
		}
	case *ssa.Call:
		return traceCall(x, next)
	}
	return false
}

// identityFieldStores returns the values stored into the fields of a
// local struct that carry a user's identity: a field of a user-like type,
// or an ID-like one.
func identityFieldStores(alloc *ssa.Alloc) []ssa.Value {
	var vs []ssa.Value
	for _, fs := range ssautil.FieldStores(alloc) {
		if IdentityType(fs.Field.Type()) || idLikeField.MatchString(fs.Field.Name()) {
			vs = append(vs, fs.Store.Val)
		}
	}
	return vs
}

// identityMapEntries returns the values a map literal gives its ID-like
// constant keys ("Id", "username").
func identityMapEntries(m *ssa.MakeMap) []ssa.Value {
	var vs []ssa.Value
	refs := m.Referrers()
	if refs == nil {
		return nil
	}
	for _, ref := range *refs {
		if u, ok := ref.(*ssa.MapUpdate); ok && u.Map == m {
			if k, ok := ssautil.ConstString(u.Key); ok && idLikeField.MatchString(k) {
				vs = append(vs, u.Value)
			}
		}
	}
	return vs
}

func traceCall(call *ssa.Call, next func(ssa.Value) bool) bool {
	ci := resolve(call)
	if ci == nil || ci.fn == nil {
		return false
	}
	if ci.recv != nil && len(ci.args) == 0 {
		return next(ci.recv) // u.ID.String(), id.Hex()
	}
	if pkg := ci.fn.Pkg(); pkg != nil && derivingPkgs[pkg.Path()] {
		for _, arg := range ci.operands() {
			if sl, ok := arg.(*ssa.Slice); ok {
				elems, _ := variadic.Elems(sl)
				for _, elem := range elems {
					if next(elem) {
						return true
					}
				}
				continue
			}
			if next(arg) {
				return true
			}
		}
	}
	return false
}

// paramIndex returns the index in fn.Params of the parameter v carries the
// identity of (see Trace), or -1.
func paramIndex(fn *ssa.Function, v ssa.Value) int {
	idx := -1
	Trace(v, func(u ssa.Value) bool {
		p, ok := u.(*ssa.Parameter)
		if !ok {
			return false
		}
		for i, q := range fn.Params {
			if q == p {
				idx = i
				return true
			}
		}
		return false
	})
	return idx
}

// recordPart reports whether a field read carries its record's identity:
// an ID-like field, or an embedded struct (u.ID through gorm.Model is
// u.Model.ID).
func recordPart(f *types.Var) bool {
	return f.Embedded() || idLikeField.MatchString(f.Name())
}

// freeVarIndex returns the index in fn.FreeVars of the free variable v
// carries the identity of (see Trace), or -1.
func freeVarIndex(fn *ssa.Function, v ssa.Value) int {
	idx := -1
	Trace(v, func(u ssa.Value) bool {
		fv, ok := u.(*ssa.FreeVar)
		if ok {
			idx = slices.Index(fn.FreeVars, fv)
		}
		return idx >= 0
	})
	return idx
}

// LoadedByID reports whether v is what a call returned when given an
// ID-like field of a user-like value (LoadProfile(ctx, u.ID)), or is
// computed from it: a record loaded by the user's ID carries the user's
// identity, whatever its own type and key.
func LoadedByID(v ssa.Value) bool {
	return Trace(v, func(u ssa.Value) bool {
		call := ssautil.CallOf(u)
		if call == nil {
			return false
		}
		for _, a := range call.Call.Args {
			if IdentityValue(a) && idField(a) {
				return true
			}
		}
		return false
	})
}

// idField reports whether v is an ID-like field of a struct, through
// conversions: u.ID, int64(u.ID).
func idField(v ssa.Value) bool {
	v = stripConv(v)
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	var st *types.Struct
	var field int
	switch x := v.(type) {
	case *ssa.FieldAddr:
		st, _ = ssautil.StructOf(x.X.Type())
		field = x.Field
	case *ssa.Field:
		st, _ = x.X.Type().Underlying().(*types.Struct)
		field = x.Field
	}
	return st != nil && field < st.NumFields() && idLikeField.MatchString(st.Field(field).Name())
}
