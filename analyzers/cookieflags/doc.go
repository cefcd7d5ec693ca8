// Package cookieflags defines an Analyzer that reports cookies sent to a browser without HttpOnly, Secure or SameSite.
//
// # Analyzer cookieflags
//
// cookieflags: reports cookies sent to a browser without HttpOnly, Secure or SameSite
//
// TODO: the manual (what, why, how to fix, examples, what is not reported,
// flags, how to suppress).
package cookieflags
