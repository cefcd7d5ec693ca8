package sessionops

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/internal/ssautil"
	"github.com/sessionlint/sessionlint/passes/authsuccess"
)

// points gives the authentication points of this pass's SSA functions.
// authsuccess and sessionops both read lazyssa's SSA form of the package,
// so authsuccess's functions are this pass's functions.
type points struct {
	res *authsuccess.Result
}

func newPoints(res *authsuccess.Result) *points {
	if res == nil {
		res = &authsuccess.Result{}
	}
	return &points{res: res}
}

// Points returns the authentication points of fn, in authsuccess's order.
func (r *Result) Points(fn *ssa.Function) []authsuccess.Point {
	if r == nil || r.auth == nil {
		return nil
	}
	return r.auth.res.Points[fn]
}

// Reach answers whether control can flow from an authentication point to
// an instruction of one function; it caches per block.
type Reach struct {
	fn    *ssa.Function
	cache map[*ssa.BasicBlock][]bool
}

// NewReach returns a Reach for fn.
func NewReach(fn *ssa.Function) *Reach {
	return &Reach{fn: fn, cache: map[*ssa.BasicBlock][]bool{}}
}

// from returns the blocks reachable from b, b included.
func (r *Reach) from(b *ssa.BasicBlock) []bool {
	if s, ok := r.cache[b]; ok {
		return s
	}
	seen := make([]bool, len(r.fn.Blocks))
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Index >= len(seen) || seen[x.Index] {
			continue
		}
		seen[x.Index] = true
		stack = append(stack, x.Succs...)
	}
	r.cache[b] = seen
	return seen
}

// Reaches reports whether instr can run after the check of point p
// succeeded: it is in p's block (after p.After, if set) or in a block
// reachable from it.
func (r *Reach) Reaches(p *authsuccess.Point, instr ssa.Instruction) bool {
	b := p.Block
	ib := instr.Block()
	if b == nil || ib == nil || b.Parent() != r.fn || ib.Parent() != r.fn {
		return false
	}
	if b == ib && p.After != nil && p.After.Block() == b && ssautil.InstrIndex(instr) <= ssautil.InstrIndex(p.After) {
		// Before the check in the same block: only through a loop.
		for _, s := range b.Succs {
			if r.from(s)[b.Index] {
				return true
			}
		}
		return false
	}
	return r.from(b)[ib.Index]
}

// FirstPoint returns the point after which instr can run: the first (in
// source order) of the recognised checks that reach it, else the
// handler's name (KindName, which stands for the writes no check
// reaches); nil when none reaches it.
func (r *Reach) FirstPoint(points []authsuccess.Point, instr ssa.Instruction) *authsuccess.Point {
	var best *authsuccess.Point
	for i := range points {
		p := &points[i]
		if r.Reaches(p, instr) && (best == nil || before(p, best)) {
			best = p
		}
	}
	return best
}

// before orders points for FirstPoint: a recognised check before the
// handler's name, then source order.
func before(p, q *authsuccess.Point) bool {
	if pn, qn := p.Kind == authsuccess.KindName, q.Kind == authsuccess.KindName; pn != qn {
		return qn
	}
	return p.Pos < q.Pos
}

// OnErrorPath reports whether instr runs only after an error was seen: its
// block is dominated by the branch of an if on err != nil (or err == nil)
// that an error takes. A write there is the handling of a failure (a
// logout, a reset), not the result of a login; it matters where the only
// sign of authentication is the handler's name.
func OnErrorPath(instr ssa.Instruction) bool {
	b := instr.Block()
	if b == nil {
		return false
	}
	for d := b.Idom(); d != nil; d = d.Idom() {
		if len(d.Instrs) == 0 || len(d.Succs) != 2 {
			continue
		}
		iff, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		errBranch, ok := errorBranch(iff.Cond)
		if !ok {
			continue
		}
		if s := d.Succs[errBranch]; s.Dominates(b) && len(s.Preds) == 1 {
			return true
		}
	}
	return false
}

// errorBranch returns the successor index (0 for true, 1 for false) that a
// condition takes when an error value is non-nil: err != nil, err == nil.
func errorBranch(cond ssa.Value) (int, bool) {
	bin, ok := cond.(*ssa.BinOp)
	if !ok || (bin.Op != token.NEQ && bin.Op != token.EQL) {
		return 0, false
	}
	x, y := bin.X, bin.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	c, ok := y.(*ssa.Const)
	if !ok || !c.IsNil() || !types.Identical(x.Type(), types.Universe.Lookup("error").Type()) {
		return 0, false
	}
	if bin.Op == token.NEQ {
		return 0, true
	}
	return 1, true
}
