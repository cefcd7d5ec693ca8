// Package ssautil holds the small type and SSA helpers the passes and
// analyzers share, so that each exists once.
package ssautil

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool { return t != nil && types.Identical(t, errorType) }

// IsString reports whether t's underlying type is a string type.
func IsString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// IsResponseWriter reports whether t is net/http's ResponseWriter.
func IsResponseWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter"
}

// Restarts reports whether the method call c is made on a receiver that
// its function calls the method named stop on first (s.Shutdown();
// s.Start()): a restart of something started elsewhere.
func Restarts(c *ssa.Call, stop string) bool {
	if stop == "" || c.Call.IsInvoke() || len(c.Call.Args) == 0 || c.Call.Signature().Recv() == nil {
		return false
	}
	recv := c.Call.Args[0]
	refs := recv.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		other, ok := r.(*ssa.Call)
		if !ok || other == c || other.Call.IsInvoke() || len(other.Call.Args) == 0 || other.Call.Args[0] != recv {
			continue
		}
		if callee := other.Call.StaticCallee(); callee != nil && callee.Name() == stop && other.Block() != nil &&
			(other.Block() == c.Block() && other.Pos() < c.Pos() || other.Block().Dominates(c.Block())) {
			return true
		}
	}
	return false
}

// TakesCallback reports whether a call passes a function value: a call
// that runs code of the caller's within something (a connection, a
// transaction: db.StoreSession(store, token, func() {...})) rather than
// storing data under a key.
func TakesCallback(c *ssa.CallCommon) bool {
	for _, a := range c.Args {
		if _, ok := a.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}
