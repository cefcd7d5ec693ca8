package sessionops

import (
	"golang.org/x/tools/go/ssa"

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
	if b == ib && p.After != nil && p.After.Block() == b && index(b, instr) <= index(b, p.After) {
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

// FirstPoint returns the first point (in source order) after which instr
// can run, or nil.
func (r *Reach) FirstPoint(points []authsuccess.Point, instr ssa.Instruction) *authsuccess.Point {
	var best *authsuccess.Point
	for i := range points {
		p := &points[i]
		if r.Reaches(p, instr) && (best == nil || p.Pos < best.Pos) {
			best = p
		}
	}
	return best
}

// index returns the index of instr in b, or -1.
func index(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, x := range b.Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}
