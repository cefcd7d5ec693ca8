package model

import "slices"

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

// Aliases lists the alias table as "alias=path" lines, sorted: what a
// cache of scans that match import paths depends on.
func Aliases() []string {
	out := make([]string, 0, len(importAliases))
	for a, p := range importAliases {
		out = append(out, a+"="+p)
	}
	slices.Sort(out)
	return out
}
