package model

import (
	"path"
	"slices"
	"strings"
)

// importAliases maps an import path under which a modelled package is also
// published (gopkg.in's versioned redirects) to the path the models name
// it by. The code behind both paths is the same; applications import
// either.
var importAliases = map[string]string{
	// gopkg.in/boj/redistore.v1 serves github.com/boj/redistore.
	"gopkg.in/boj/redistore.v1": "github.com/boj/redistore",
}

// Canonical returns the path the models name a package by: path itself,
// or the modelled path it is an alias of.
func Canonical(path string) string {
	if c, ok := importAliases[path]; ok {
		return c
	}
	return path
}

// Aliases lists the alias table as "alias=path" lines and the package
// names table as "path name" lines, sorted: what a cache of scans that
// match import paths depends on.
func Aliases() []string {
	out := make([]string, 0, len(importAliases)+len(packageNames))
	for a, p := range importAliases {
		out = append(out, a+"="+p)
	}
	for p, name := range packageNames {
		out = append(out, p+" "+name)
	}
	slices.Sort(out)
	return out
}

// packageNames are the package names of modelled import paths whose last
// element is not the package's name.
var packageNames = map[string]string{
	gorillaMemcache:  "gsm",
	kataraGoSessions: "sessions",
}

// PackageName returns the name a package is declared with, as code refers
// to it without an import name: the last element of its path, the one
// before a major-version suffix (.../v3), pkg for gopkg.in/pkg.v1, or the
// name a modelled package declares when its path says otherwise
// (gorilla-sessions-memcache is package gsm).
func PackageName(importPath string) string {
	if name, ok := packageNames[Canonical(importPath)]; ok {
		return name
	}
	local := path.Base(importPath)
	if len(local) > 1 && local[0] == 'v' && strings.Trim(local[1:], "0123456789") == "" && path.Dir(importPath) != "." {
		local = path.Base(path.Dir(importPath))
	}
	if i := strings.LastIndex(local, ".v"); strings.HasPrefix(importPath, "gopkg.in/") && i > 0 && strings.Trim(local[i+2:], "0123456789") == "" {
		local = local[:i]
	}
	return local
}
