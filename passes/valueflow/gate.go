package valueflow

import (
	"regexp"

	"golang.org/x/tools/go/ssa"
)

// Gates: the check an identity that is the input itself passed.

// credentialInput matches the names of request inputs that carry a secret
// (the argument that makes a call given the user's name a check).
var credentialInput = regexp.MustCompile(`(?i)pass|pwd|secret|token|otp|pin|code|key|cred`)

// gate returns a call given one of the request inputs met whose error or
// bool result decides a branch that every path to at passes on one side
// (if err := users.Authenticate(name, pw); err != nil { return }): the
// check a raw input passed before it became the identity. The call must be
// opaque (not fmt, strings...) and be given a secret too (an input named
// like a password, token or code).
func (w *provenanceWalk) gate(at ssa.Instruction) ssa.CallInstruction {
	b := at.Block()
	if b == nil {
		return nil
	}
	for d := b.Idom(); d != nil; d = d.Idom() {
		if len(d.Instrs) == 0 || len(d.Succs) != 2 {
			continue
		}
		iff, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok || !d.Succs[0].Dominates(b) && !d.Succs[1].Dominates(b) {
			continue
		}
		if c := w.gateCall(iff.Cond, 0); c != nil {
			return c
		}
	}
	return nil
}

// gateCall finds, in a branch condition, the call it tests (through
// comparisons, negations and the extraction of a result).
func (w *provenanceWalk) gateCall(v ssa.Value, depth int) ssa.CallInstruction {
	if depth > 4 {
		return nil
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		if c := w.gateCall(x.X, depth+1); c != nil {
			return c
		}
		return w.gateCall(x.Y, depth+1)
	case *ssa.UnOp:
		return w.gateCall(x.X, depth+1)
	case *ssa.Extract:
		return w.gateCall(x.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if c := w.gateCall(e, depth+1); c != nil {
				return c
			}
		}
	case *ssa.Call:
		if w.checks(&x.Call) {
			return x
		}
	}
	return nil
}

// checks reports whether a call checks the inputs met: opaque, given at
// least one of them, and given a secret.
func (w *provenanceWalk) checks(common *ssa.CallCommon) bool {
	if _, builtin := common.Value.(*ssa.Builtin); builtin {
		return false
	}
	if f, named := CallFunc(common); named && (theTables().pure[f.Pkg] || contextLocal(f)) {
		return false
	}
	met, secret := false, false
	for _, op := range operands(common) {
		o := w.t.query(op).origins()
		for _, in := range o.Of(Request) {
			met = met || w.inputs[in.Pos]
			secret = secret || credentialInput.MatchString(in.Name)
		}
	}
	return met && secret
}
