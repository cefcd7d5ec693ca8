// Package flagvalue holds the flag.Value types of the analyzers' options,
// so that every option of the same kind parses, rejects and prints its
// value the same way.
//
// A value's String must round-trip: the standalone driver forwards each
// analyzer flag set on its command line to the per-package tool processes
// as -NAME.FLAG=<Value.String()>, and the tool sets it again from that
// text. FuzzAnalyzerFlags in package analyzers checks this for every flag.
package flagvalue

import (
	"errors"
	"regexp"
)

// Regexp is a flag.Value that compiles its argument into the
// *regexp.Regexp it is bound to, so that a bad expression is rejected
// when the flag is set, by every driver (command line, go vet, the
// golangci-lint settings). Its String is the source of the bound
// expression, or "" when that is nil.
type Regexp struct {
	p     **regexp.Regexp
	empty *regexp.Regexp
}

// NewRegexp returns a Regexp bound to *p. The empty argument sets *p to
// empty, which is what the empty value means for this flag: nil (match
// nothing), the flag's default expression, or the empty expression (match
// everything). The flag's default is whatever *p holds when the flag is
// registered.
func NewRegexp(p **regexp.Regexp, empty *regexp.Regexp) *Regexp {
	return &Regexp{p: p, empty: empty}
}

// String returns the bound expression's source. It is safe on the zero
// Regexp, which the flag package builds to tell whether a default is zero.
func (r *Regexp) String() string {
	if r == nil || r.p == nil || *r.p == nil {
		return ""
	}
	return (*r.p).String()
}

// Set compiles s into the bound expression; the empty s sets the empty
// value given to NewRegexp. A bad expression leaves the value unchanged
// and returns the regexp package's error.
func (r *Regexp) Set(s string) error {
	if r == nil || r.p == nil {
		return errors.New("flagvalue: Regexp not bound to a variable (use NewRegexp)")
	}
	if s == "" {
		*r.p = r.empty
		return nil
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return err
	}
	*r.p = re
	return nil
}

// Get returns the bound *regexp.Regexp (flag.Getter).
func (r *Regexp) Get() any {
	if r == nil || r.p == nil {
		return (*regexp.Regexp)(nil)
	}
	return *r.p
}
