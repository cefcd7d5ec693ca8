package model

import (
	"slices"
	"strings"
	"sync"
)

// All lists every modelled library.
var All = []*Library{
	NetHTTP, Gin, Echo, FiberV2, FiberV3,
	Gorilla, GinContrib, HertzContrib, SCS, Beego, BeegoV1, BeegoV1Org, Iris, IrisV11, GoSession, Buffalo, Gothic, Authboss,
	Flamego, Macaron, GoFrame, GoFrameV1, SimpleSessions, KatarasGoSessions, FastHTTP, Hertz, GorillaCSRF, Nosurf,
}

// Imported reports whether a package with the given (direct or transitive)
// imports uses any modelled library; analyzers return early otherwise.
func Imported(imports func(yield func(path string) bool)) bool {
	for path := range imports {
		if Lookup(path) != nil {
			return true
		}
	}
	return false
}

// Lookup returns the library that owns the package path, or nil. Every
// pass asks it of most calls' packages: the answers are kept.
func Lookup(pkgPath string) *Library {
	if lib, ok := lookups.Load(pkgPath); ok {
		return lib.(*Library)
	}
	lib := lookup(pkgPath)
	lookups.Store(pkgPath, lib)
	return lib
}

// lookups holds Lookup's answers by package path.
var lookups sync.Map

func lookup(pkgPath string) *Library {
	pkgPath = Canonical(pkgPath)
	for _, lib := range All {
		if slices.Contains(lib.Packages, pkgPath) {
			return lib
		}
		for _, p := range lib.Packages {
			if strings.HasPrefix(pkgPath, p+"/") {
				return lib
			}
		}
	}
	return nil
}
