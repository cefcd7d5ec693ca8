// Package variadic reads the arguments a call passes through a variadic
// parameter, in SSA form: f(a, b) is built as f([]T{a, b}...), an array
// allocated at the call, its elements stored one by one, and a slice of
// it. The passes and analyzers that look through such arguments (handler
// lists, functional options, values a session ID derives from) share it.
package variadic

import "golang.org/x/tools/go/ssa"

// Elems returns the values stored into the array behind sl, in the order
// of their stores; ok is false when the array was not allocated where the
// slice was built (a slice passed on with opts...).
func Elems(sl *ssa.Slice) (elems []ssa.Value, ok bool) {
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return nil, false
	}
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia {
				elems = append(elems, st.Val)
			}
		}
	}
	return elems, true
}
