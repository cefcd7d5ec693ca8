package sessionops

import (
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/sessionlint/sessionlint/passes/authsuccess"
)

// points gives the authentication points of this pass's SSA functions.
// When authsuccess built its own SSA form of the package (it requires
// buildssa rather than lazyssa), its functions are other objects with the
// same shape; their points are translated by position: the same function
// (by name and position), the same block index, the same instruction.
type points struct {
	res   *authsuccess.Result
	byKey map[string]*ssa.Function
}

func newPoints(res *authsuccess.Result) *points {
	if res == nil {
		res = &authsuccess.Result{}
	}
	return &points{res: res}
}

// Points returns the authentication points of fn (a function of the SSA
// form this pass used: lazyssa's), in authsuccess's order.
func (r *Result) Points(fn *ssa.Function) []authsuccess.Point {
	if r == nil || r.auth == nil {
		return nil
	}
	return r.auth.of(fn)
}

func funcKey(fn *ssa.Function) string {
	return fn.String() + "@" + strconv.Itoa(int(fn.Pos()))
}

func (p *points) of(fn *ssa.Function) []authsuccess.Point {
	if pts, ok := p.res.Points[fn]; ok {
		return pts
	}
	if p.byKey == nil {
		p.byKey = map[string]*ssa.Function{}
		for other := range p.res.Points {
			if other != nil {
				p.byKey[funcKey(other)] = other
			}
		}
	}
	other := p.byKey[funcKey(fn)]
	if other == nil || other == fn || len(other.Blocks) != len(fn.Blocks) {
		return nil
	}
	var out []authsuccess.Point
	for _, pt := range p.res.Points[other] {
		if pt.Block == nil || pt.Block.Index >= len(fn.Blocks) {
			continue
		}
		pt.Block = fn.Blocks[pt.Block.Index]
		pt.Principal = translate(other, fn, pt.Principal)
		if pt.After != nil {
			pt.After = translateInstr(other, fn, pt.After)
			if pt.After == nil {
				continue
			}
		}
		out = append(out, pt)
	}
	return out
}

// translate finds in fn the value of other that v is.
func translate(other, fn *ssa.Function, v ssa.Value) ssa.Value {
	switch x := v.(type) {
	case nil:
		return nil
	case *ssa.Parameter:
		for i, q := range other.Params {
			if q == x && i < len(fn.Params) {
				return fn.Params[i]
			}
		}
	case *ssa.FreeVar:
		for i, q := range other.FreeVars {
			if q == x && i < len(fn.FreeVars) {
				return fn.FreeVars[i]
			}
		}
	case ssa.Instruction:
		if mv, ok := translateInstr(other, fn, x).(ssa.Value); ok {
			return mv
		}
	}
	return nil
}

// translateInstr finds in fn the instruction of other that x is.
func translateInstr(other, fn *ssa.Function, x ssa.Instruction) ssa.Instruction {
	b := x.Block()
	if b == nil || b.Parent() != other || b.Index >= len(fn.Blocks) {
		return nil
	}
	mine := fn.Blocks[b.Index]
	for i, instr := range b.Instrs {
		if instr == x && i < len(mine.Instrs) {
			return mine.Instrs[i]
		}
	}
	return nil
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
