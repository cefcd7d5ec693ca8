package authsuccess

import (
	"go/constant"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// createWords name the calls that store a new record.
var createWords = []string{
	"create", "insert", "save", "add", "register", "signup", "store", "persist", "upsert",
}

// sqlExec are the database calls whose SQL text says what they do.
var sqlExec = []string{"Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext", "MustExec", "NamedExec"}

// signupFlow follows the hash computed by call forward (conversions,
// encodings, stores into a struct's fields, constructors) to a call that
// stores a new record: a call named like create/insert/save/add/register/
// store/upsert, an SQL Exec/Query whose text contains INSERT, or a map
// update (a hand-made user table). It returns the record the hash was
// stored in (the user) when known, and the storing call's name.
func (s *pointFinder) signupFlow(call *ssa.Call) (rec ssa.Value, to string, ok bool) {
	start := extractOf(call, 0)
	if start == nil {
		return nil, "", false
	}
	type item struct {
		v   ssa.Value
		rec ssa.Value
	}
	work := []item{{start, nil}}
	seen := map[ssa.Value]bool{start: true}
	push := func(v, rec ssa.Value) {
		if v != nil && !seen[v] && len(seen) < 128 {
			seen[v] = true
			work = append(work, item{v, rec})
		}
	}
	for len(work) > 0 {
		it := work[0]
		work = work[1:]
		refs := it.v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.Call:
				if name, ok := storingCall(&r.Call); ok {
					return it.rec, name, true
				}
				push(r, it.rec) // a constructor or an encoding
			case *ssa.Go, *ssa.Defer:
				// not followed
			case *ssa.MapUpdate:
				if r.Value == it.v || r.Key == it.v {
					return it.rec, "a map update", true
				}
			case *ssa.Store:
				if r.Val != it.v {
					continue
				}
				switch addr := r.Addr.(type) {
				case *ssa.FieldAddr:
					push(addr.X, addr.X)
				case *ssa.IndexAddr:
					push(addr.X, it.rec)
				case *ssa.Alloc:
					push(addr, it.rec)
				}
			case *ssa.UnOp, *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Slice, *ssa.Phi:
				push(r.(ssa.Value), it.rec)
			}
		}
	}
	return nil, "", false
}

// storingCall reports whether a call stores a new record, with its name.
func storingCall(c *ssa.CallCommon) (string, bool) {
	var name string
	if c.IsInvoke() {
		name = c.Method.Name()
	} else if fn := c.StaticCallee(); fn != nil {
		name = fn.Name()
	} else {
		return "", false
	}
	if slices.Contains(sqlExec, name) {
		for _, a := range c.Args {
			if k, ok := a.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.String &&
				strings.Contains(strings.ToLower(constant.StringVal(k.Value)), "insert") {
				return name, true
			}
		}
		return "", false
	}
	for _, w := range words(name) {
		if slices.Contains(createWords, w) {
			return name, true
		}
	}
	return "", false
}
