package cookies

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/model"
	"github.com/sessionlint/sessionlint/internal/ssautil"
)

// The walks over SSA uses shared by a cookie's flow (track.go) and a
// store's configuration (config.go).

// attrOf maps a field of the cookie type ct to its attribute.
func attrOf(ct *model.CookieType, field string) (attr model.Attr, negated, ok bool) {
	for a, name := range ct.Fields {
		if name == field {
			return a, false, true
		}
	}
	for a, name := range ct.Negated {
		if name == field {
			return a, true, true
		}
	}
	for _, o := range ct.Overrides {
		if o.Field == field {
			return overrideAttr(o.Field), false, true
		}
	}
	return "", false, false
}

// fieldWrites returns the values the field at fa (of a cookie or a
// configuration of type ct) receives: what is stored at fa, and something
// unknown wherever fa's address goes elsewhere (a flag, a decoder). None
// when the field is not one of ct's attributes. The writes have no frame.
func fieldWrites(ct *model.CookieType, fa *ssa.FieldAddr) []write {
	st, ok := ssautil.StructOf(fa.X.Type())
	if !ok || fa.Field >= st.NumFields() {
		return nil
	}
	attr, negated, ok := attrOf(ct, st.Field(fa.Field).Name())
	if !ok {
		return nil
	}
	var ws []write
	for _, r := range ssautil.Referrers(fa) {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Addr == fa {
				ws = append(ws, write{attr: attr, val: attrValue(r.Val, attr, ct.SameSite, negated, r.Pos()), instr: r})
			}
		case *ssa.UnOp, *ssa.DebugRef:
			// a read
		default:
			ws = append(ws, write{attr: attr, val: AttrValue{Origin: Dynamic, Pos: r.Pos()}, instr: r})
		}
	}
	return ws
}

// slotLoads walks the uses of a local variable holding a pointer: load
// gets each load of it (the pointer again), captured each closure that
// captures the variable and may change it at any time.
func slotLoads(slot *ssa.Alloc, load func(*ssa.UnOp), captured func(*ssa.MakeClosure)) {
	for _, r := range ssautil.Referrers(slot) {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op == token.MUL {
				load(r)
			}
		case *ssa.MakeClosure:
			captured(r)
		}
	}
}

// forArgs returns the summarised effects on each parameter the value v is
// passed as among args (nil-safe: none without a summary).
func (c *CookieParams) forArgs(args []ssa.Value, v ssa.Value) []*ParamEffect {
	var out []*ParamEffect
	for i, a := range args {
		if a != v {
			continue
		}
		if p := c.param(i); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// callResults returns the values that stand for result idx of call, whose
// callee returns n results: the call itself when n is 1, its Extracts of
// idx otherwise.
func callResults(call *ssa.Call, idx, n int) []ssa.Value {
	if n == 1 {
		return []ssa.Value{call}
	}
	return ssautil.Extracts(call, idx)
}
