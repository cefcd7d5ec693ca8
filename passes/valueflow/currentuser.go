package valueflow

import (
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// The user already logged in: what a provenance walk takes for the
// session's own user (current-user getters, the request's own
// authentication, context locals), and the pending user of a second
// factor, which is not.

// currentUserName matches the names of functions that return the user
// the request is already logged in as.
var currentUserName = regexp.MustCompile(`(?i)(current|logged[_]?in|session|signed[_]?in)[_]?(user|member|account|principal|identity)|(user|member|account)[_]?(from|of|in)[_]?(session|context|ctx)`)

// sessionUserGetter matches the names of a session wrapper's getters of
// its user (ISession.GetUser).
var sessionUserGetter = regexp.MustCompile(`(?i)^(get_?)?(user|member|account|principal|identity|admin)(_?info)?$`)

// requestAuthenticator matches the names of functions that authenticate
// the request itself and return its user (AuthenticateUser(r, store),
// GetAuthenticatedUser(r)).
var requestAuthenticator = regexp.MustCompile(`(?i)^(authenticate_?(user|member|account|request)?|(get_?)?authenticated_?(user|member|account))$`)

// requestAuthentication reports whether v is what a function named for
// authenticating the request returned, given (receiver included) nothing
// but the request, contexts, sessions and the session library's stores: no credentials to
// check, so the user is the one the request already carries (its caller
// decides with the origins that it read nothing the client posted).
func requestAuthentication(v ssa.Value) bool {
	if x, ok := v.(*ssa.Extract); ok {
		v = x.Tuple
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	name, _, _ := CalleeNames(&call.Call)
	if !requestAuthenticator.MatchString(name) {
		return false
	}
	// The receiver too (an invoke's Args never hold it): a form the
	// request filled that authenticates itself (form.Authenticate())
	// checks what the client posted.
	for _, a := range operands(&call.Call) {
		if requestLike(a.Type()) || isSessionValue(a.Type()) {
			continue
		}
		if tn, ok := model.TypeNameOf(a.Type()); ok && model.Lookup(tn.Pkg) != nil {
			continue // a store
		}
		return false
	}
	return true
}

// CurrentUserCall reports whether a call returns the user the request is
// already logged in as: a function named so (CurrentUser,
// UserFromSession), or a user getter of a type named for the session
// (service.Session().GetUser(ctx), sessionService.GetMember).
func CurrentUserCall(common *ssa.CallCommon) bool {
	var name string
	var recv types.Type
	switch {
	case common.IsInvoke():
		name, recv = common.Method.Name(), common.Value.Type()
	case common.StaticCallee() != nil:
		fn := common.StaticCallee()
		if o := fn.Origin(); o != nil {
			fn = o
		}
		name = fn.Name()
		if sig := fn.Signature; sig.Recv() != nil {
			recv = sig.Recv().Type()
		}
	default:
		return false
	}
	if currentUserName.MatchString(name) {
		return true
	}
	if recv == nil || !sessionUserGetter.MatchString(name) {
		return false
	}
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := types.Unalias(recv).(*types.Named)
	return ok && strings.Contains(strings.ToLower(named.Obj().Name()), "session")
}

// CurrentUserValue reports whether v is the logged-in user a current-user
// call given only the request or the session returned, or taken from it:
// its fields, conversions of them, and a local struct's field the code set
// from them.
func CurrentUserValue(v ssa.Value) bool { return currentUserValue(v, 0) }

func currentUserValue(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	next := func(u ssa.Value) bool { return currentUserValue(u, depth+1) }
	switch x := v.(type) {
	case *ssa.Call:
		// Given nothing but the request or the session: a getter, not
		// the "current account" a bought token asks for.
		for _, a := range ssautil.CallArgs(&x.Call) {
			if !requestLike(a.Type()) && !isSessionValue(a.Type()) {
				return false
			}
		}
		return CurrentUserCall(&x.Call)
	case *ssa.Extract:
		return next(x.Tuple)
	case *ssa.Convert:
		return next(x.X)
	case *ssa.ChangeType:
		return next(x.X)
	case *ssa.MakeInterface:
		return next(x.X)
	case *ssa.Field:
		return next(x.X)
	case *ssa.FieldAddr:
		return next(x.X)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return false
		}
		fa, ok := x.X.(*ssa.FieldAddr)
		if !ok {
			return next(x.X)
		}
		if a, ok := fa.X.(*ssa.Alloc); ok {
			// A local struct's field: what the code stored there.
			stored := false
			for _, st := range fieldStores(a, fa.Field) {
				if !next(st) {
					return false
				}
				stored = true
			}
			return stored
		}
		return next(fa)
	}
	return false
}

// fieldStores returns the values stored into field of the local struct a,
// also through a copy of a whole literal into it (form := T{...} builds
// the literal in a temporary first).
func fieldStores(a *ssa.Alloc, field int) []ssa.Value {
	var out []ssa.Value
	seen := map[*ssa.Alloc]bool{}
	var visit func(a *ssa.Alloc)
	visit = func(a *ssa.Alloc) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, fs := range ssautil.FieldStores(a) {
			if fs.Store.Addr.(*ssa.FieldAddr).Field == field {
				out = append(out, fs.Store.Val)
			}
		}
		for _, v := range ssautil.StoredInto(a) {
			if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
				if tmp, ok := load.X.(*ssa.Alloc); ok {
					visit(tmp)
				}
			}
		}
	}
	visit(a)
	return out
}

// pendingKey matches the session keys of a login's pending second step.
var pendingKey = regexp.MustCompile(model.PendingFactorKeys)

// pendingRead reports whether a call reads a session (its receiver or an
// argument is one) under a constant key of a pending second factor.
func pendingRead(common *ssa.CallCommon) bool {
	ops := operands(common)
	if !slices.ContainsFunc(ops, func(v ssa.Value) bool { return isSessionValue(v.Type()) }) {
		return false
	}
	return slices.ContainsFunc(ops, func(v ssa.Value) bool {
		key, ok := ssautil.ConstString(v)
		return ok && pendingKey.MatchString(key)
	})
}

// isSessionValue reports whether t is a modelled library's session (or
// session manager) type: a value read from it is the current session's.
func isSessionValue(t types.Type) bool {
	tn, ok := model.TypeNameOf(t)
	return ok && model.SessionLibrary(tn) != nil
}

// contextLocal reports whether f reads a value a middleware put in the
// request's context (model.ContextLocals).
func contextLocal(f model.Func) bool {
	for _, c := range model.ContextLocals {
		if c == f {
			return true
		}
	}
	return false
}
