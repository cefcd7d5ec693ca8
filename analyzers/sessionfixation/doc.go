// Package sessionfixation defines an Analyzer that reports user identity stored in a session whose ID was not renewed after authentication.
//
// # Analyzer sessionfixation
//
// sessionfixation: reports user identity stored in a session whose ID was not renewed after authentication
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package sessionfixation
