// Package sessionadoption defines an Analyzer that reports session IDs taken from the client and accepted as new sessions.
//
// # Analyzer sessionadoption
//
// sessionadoption: reports session IDs taken from the client and accepted as new sessions
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package sessionadoption
