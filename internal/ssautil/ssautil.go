// Package ssautil holds the small type and SSA helpers the passes and
// analyzers share, so that each exists once.
package ssautil

import (
	"go/types"
)

// errorType is the predeclared error interface.
var errorType = types.Universe.Lookup("error").Type()

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool { return t != nil && types.Identical(t, errorType) }
