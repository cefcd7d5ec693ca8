// Package cookiescope defines an Analyzer that reports cookies scoped wider than intended and broken cookie name prefixes.
//
// # Analyzer cookiescope
//
// cookiescope: reports cookies scoped wider than intended and broken cookie name prefixes
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package cookiescope
