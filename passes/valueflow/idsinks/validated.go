package idsinks

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/valueflow"
)

// Validation: whether a lookup's key was checked before it is used, and
// the branches of a check.

// Validated reports whether instr runs only after a lookup succeeded whose
// key shares a client-supplied origin with key, or after such a value was
// found equal to one the server holds (the token the session kept): the
// value was found in a store, or echoed back, so the server minted it.
func (r *Result) Validated(instr ssa.Instruction, key valueflow.Origins) bool {
	if r == nil || instr == nil || instr.Block() == nil {
		return false
	}
	want := map[token.Pos]bool{}
	for _, o := range key.Of(valueflow.Request) {
		want[o.Pos] = true
	}
	if len(want) == 0 {
		return false
	}
	if r.validatedIn(instr, want) {
		return true
	}
	// A helper the package calls with the value only where it was
	// validated (writeSessionCookie(w, sid) after the lookup of sid
	// succeeded; its calls with an ID the server made do not count).
	given := 0
	for _, c := range r.vf.Callers(instr.Parent()) {
		if !slices.ContainsFunc(c.Common().Args, func(a ssa.Value) bool { return r.shares(a, want) }) {
			continue
		}
		if c.Block() == nil || !r.validatedIn(c, want) {
			return false
		}
		given++
	}
	return given > 0
}

// shares reports whether v has one of the client-supplied origins want.
func (r *Result) shares(v ssa.Value, want map[token.Pos]bool) bool {
	for _, o := range r.vf.Origins(v).Of(valueflow.Request) {
		if want[o.Pos] {
			return true
		}
	}
	return false
}

// validatedIn reports whether instr runs, in its own function, only after
// a lookup of a value with one of the origins want succeeded, or after
// such a value was matched.
func (r *Result) validatedIn(instr ssa.Instruction, want map[token.Pos]bool) bool {
	if r.matched(instr, want) {
		return true
	}
	for _, u := range r.Uses {
		if u.Instr.Parent() != instr.Parent() {
			continue
		}
		if !r.shares(u.Key, want) {
			continue
		}
		for _, b := range successBlocks(u.Instr) {
			if b.Dominates(instr.Block()) {
				return true
			}
		}
	}
	return false
}

// matched reports whether instr runs only where a comparison found a value
// with one of the client-supplied origins want equal to a value that is
// neither the client's nor a constant.
func (r *Result) matched(instr ssa.Instruction, want map[token.Pos]bool) bool {
	shares := func(v ssa.Value) bool { return r.shares(v, want) }
	held := func(v ssa.Value) bool {
		os := r.vf.Origins(v)
		return os.Kinds != 0 && !os.Has(valueflow.Request) && !os.Only(valueflow.Const)
	}
	for _, b := range instr.Parent().Blocks {
		cmp, equal, ok := ssautil.EqualityBranch(b)
		if !ok || !(shares(cmp.X) && held(cmp.Y) || shares(cmp.Y) && held(cmp.X)) {
			continue
		}
		if equal.Dominates(instr.Block()) {
			return true
		}
	}
	return false
}

// successBlocks returns the blocks entered only when the lookup or call
// instr found what it looked for: the true branch of its ok, of err == nil,
// of x != nil.
func successBlocks(instr ssa.Instruction) []*ssa.BasicBlock {
	v, ok := instr.(ssa.Value)
	if !ok {
		return nil
	}
	var out []*ssa.BasicBlock
	var checks []ssa.Value
	if tup, ok := v.Type().(*types.Tuple); ok {
		if refs := v.Referrers(); refs != nil {
			for _, r := range *refs {
				if ex, ok := r.(*ssa.Extract); ok && (ex.Index == tup.Len()-1 || ex.Index == 0) {
					checks = append(checks, ex)
				}
			}
		}
	} else {
		checks = append(checks, v)
	}
	for _, c := range checks {
		out = append(out, branches(c, true)...)
	}
	return out
}

// branches returns the successors of the If instructions testing c that
// are taken when c means success (ok true, err nil, pointer non-nil, a
// number or string other than its zero);
// want inverts the sense.
func branches(c ssa.Value, want bool) []*ssa.BasicBlock {
	refs := c.Referrers()
	if refs == nil {
		return nil
	}
	var out []*ssa.BasicBlock
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.If:
			if basic, ok := c.Type().Underlying().(*types.Basic); ok && basic.Info()&types.IsBoolean != 0 {
				out = append(out, succ(r, want))
			}
		case *ssa.UnOp:
			if r.Op == token.NOT {
				out = append(out, branches(r, !want)...)
			}
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				continue
			}
			other := r.Y
			if other == c {
				other = r.X
			}
			k, ok := other.(*ssa.Const)
			if !ok || !k.IsNil() && !zeroSentinel(k) {
				continue
			}
			// err == nil, x != nil, id != 0 (a lookup's "unknown"):
			// success when true.
			success := r.Op == token.NEQ
			if types.IsInterface(c.Type()) && ssautil.IsError(c.Type()) {
				success = r.Op == token.EQL
			}
			out = append(out, branches(r, want == success)...)
		}
	}
	return out
}

// zeroSentinel reports whether k is the zero number or string a lookup
// returns for "not found" (const UserIsUnknown UserID = 0).
func zeroSentinel(k *ssa.Const) bool {
	basic, ok := k.Type().Underlying().(*types.Basic)
	if !ok || basic.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	switch {
	case k.Value == nil:
		return true
	case k.Value.Kind() == constant.Int:
		return constant.Sign(k.Value) == 0
	case k.Value.Kind() == constant.String:
		return constant.StringVal(k.Value) == ""
	}
	return false
}

func succ(i *ssa.If, cond bool) *ssa.BasicBlock {
	b := i.Block()
	if len(b.Succs) != 2 {
		return nil
	}
	if cond {
		return b.Succs[0]
	}
	return b.Succs[1]
}
