// Package sessionidurl defines an Analyzer that reports session IDs carried in URLs.
//
// # Analyzer sessionidurl
//
// sessionidurl: reports session IDs carried in URLs
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package sessionidurl
