// Package weaksessionid defines an Analyzer that reports session IDs derived from predictable sources.
//
// # Analyzer weaksessionid
//
// weaksessionid: reports session IDs derived from predictable sources
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package weaksessionid
